package io.verifact.extract;

import io.verifact.model.Box;
import io.verifact.model.Word;

import java.util.List;
import java.util.Optional;

/**
 * Reads one zone of a scanned page again on its own, where small print reads better than with the
 * whole page; empty when it cannot.
 */
@FunctionalInterface
public interface ZoneEyes {

    /** Nothing read again: a mask's zones are read from the page's words. */
    ZoneEyes NONE = (page, zone) -> Optional.empty();

    /** The words of the zone, with boxes as fractions of the whole page. */
    Optional<List<Word>> read(int page, Box zone);
}
