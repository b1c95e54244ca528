package io.verifact.capture;

import io.verifact.model.FieldKey;

import java.nio.file.Path;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * One demo invoice written to disk, with what a perfect reading of it gives.
 *
 * @param file where it was written
 * @param supplierName the supplier, as the invoice names it
 * @param truth every field the page shows, written as CONTRACT.md writes values (ISO dates, plain
 *        decimals, VAT numbers and IBANs upper case without spaces)
 * @param scanned whether the file is a picture without a text layer, read by OCR
 * @param failsChecks whether its printed figures are wrong on purpose, so that a check fails and
 *        blocks validation
 * @param shows what the file is in the set to show, in a developer's words
 */
public record DemoInvoice(Path file, String supplierName, Map<FieldKey, String> truth, boolean scanned,
                          boolean failsChecks, String shows) {

    public DemoInvoice {
        truth = Collections.unmodifiableMap(new EnumMap<>(truth));
    }
}
