package io.verifact.extract;

import io.verifact.model.Box;
import io.verifact.model.Candidate;
import io.verifact.model.FieldKey;
import io.verifact.model.PageText;
import io.verifact.model.Word;
import io.verifact.model.Zone;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What a supplier prints the same on every invoice (its name, VAT number, SIREN, IBAN, BIC): where a
 * zone taught one of them finds it printed again anywhere on the page (a payment sentence that wraps
 * otherwise, a name moved to the foot), it is that value.
 */
final class Constants {

    private static final Set<FieldKey> SUPPLIERS_OWN = EnumSet.of(FieldKey.SUPPLIER_NAME, FieldKey.SUPPLIER_VAT,
            FieldKey.SUPPLIER_SIREN, FieldKey.SUPPLIER_SIRET, FieldKey.SUPPLIER_IBAN, FieldKey.SUPPLIER_BIC);
    private static final int LONGEST_RUN = 8;

    private Constants() {
    }

    /** The zone's taught value where the invoice prints it, nearest where it was taught. */
    static Optional<Candidate> find(Zone zone, Layout layout) {
        List<PageText> pages = layout.pages;
        Optional<FieldKey> key = FieldKey.fromKey(zone.field()).filter(SUPPLIERS_OWN::contains);
        String wanted = compact(zone.sample());
        if (key.isEmpty() || wanted.length() < 4) {
            return Optional.empty();
        }
        Candidate best = null;
        double nearest = Double.MAX_VALUE;
        for (PageText page : pages) {
            for (List<Word> line : layout.lines(page.number()).stream().map(Line::words).toList()) {
                for (int from = 0; from < line.size(); from++) {
                    StringBuilder run = new StringBuilder();
                    for (int to = from; to < Math.min(line.size(), from + LONGEST_RUN); to++) {
                        run.append(compact(line.get(to).text()));
                        if (!wanted.startsWith(run.toString())) {
                            break;
                        }
                        if (run.length() == wanted.length()) {
                            List<Word> words = line.subList(from, to + 1);
                            Box box = words.stream().map(Word::box).reduce(Box::union).orElseThrow();
                            double distance = Math.abs(box.centerY() - zone.box().centerY()) + Math.abs(box.centerX() - zone.box().centerX())
                                    + (page.number() == zone.page().in(pages.size()) ? 0 : 1);
                            if (distance < nearest) {
                                nearest = distance;
                                double confidence = Math.min(0.95, words.stream().mapToDouble(Word::confidence).min().orElse(1));
                                best = new Candidate(zone.sample(), String.join(" ", words.stream().map(Word::text).toList()),
                                        confidence, page.number(), box);
                            }
                            break;
                        }
                    }
                }
            }
        }
        return Optional.ofNullable(best);
    }

    private static String compact(String text) {
        return Fold.fold(text).replaceAll("[^\\p{L}\\p{N}]", "").toUpperCase(Locale.ROOT);
    }
}
