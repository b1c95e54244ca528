package io.verifact.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Invoice and order numbers: the code a label announces, told apart from dates, amounts and words. */
final class ReferenceReader {

    /** What stands between a label and its number: a colon, a number sign, a cell's border read as a bar. */
    private static final Pattern LEAD = Pattern.compile("^[\\s:\uFF1A#.\\-º°|]*(?:(?:n[o°º]|n(?=\\.)|nr|no|num|numero|nummer|number)\\.?[\\s:#.]*)?");
    /**
     * A number printed in groups of figures ("26 318 45 612 07", "221443 9543 57", "R 512 338 907-4"), a code, or a short
     * series letter set apart from its digits ("R 18-31").
     */
    private static final Pattern TOKEN = Pattern.compile("(?:\\p{Lu} )?\\d{1,6}(?: \\d{2,4}){2,}+(?:-\\d{1,2})?(?![\\d.,]| \\d)|\\p{Lu}{1,3} (?=[\\p{Lu}]{0,2}\\p{N})[\\p{L}\\p{N}][\\p{L}\\p{N}\\-/_.]*[\\p{L}\\p{N}]|[\\p{L}\\p{N}][\\p{L}\\p{N}\\-/_.]*[\\p{L}\\p{N}]|\\p{N}");

    private final Reading reading;

    ReferenceReader(Reading reading) {
        this.reading = reading;
    }

    Scored read(Concept concept) {
        Scored scored = new Scored();
        for (Labels.Hit hit : reading.hits(concept)) {
            List<Spot<String>> spots = reading.search.after(hit, this::code);
            if (!spots.isEmpty()) {
                Spot<String> read = spots.getFirst();
                Optional<Matcher> piece = piece(read);
                Optional<Spot<String>> whole = piece.flatMap(p -> wholeElsewhere(read, p));
                Spot<String> first = whole.orElse(read);
                // The document's own number heads it; numbers further down refer to other documents.
                // A one- or two-character "number" is more often a fragment than the whole reference.
                double shortness = first.value().length() < 3 ? 0.6 : 1;
                // A piece after a gap on a scan may be the number's end or another word: the number is not sure.
                double cut = piece.isPresent() && whole.isEmpty() && read.confidence() < 1 ? CUT : 1;
                scored.add(first.value(), first, cut * shortness * (hit.weight() * first.nearness() - 0.1 * reading.depth(first.phrase())));
            }
        }
        return scored;
    }

    /** What a number followed by a short piece after a gap weighs, the piece printed nowhere joined to it. */
    private static final double CUT = 0.85;
    /** A short piece of figures and letters after a single gap: "12" of "ANC/MTR/2025/0765 12". */
    /** An amount with decimals, grouped or not. */
    private static final Pattern PRICE = Pattern.compile("\\d{1,3}(?:[.,]\\d{3})*[.,]\\d{2}");

    private static final Pattern PIECE = Pattern.compile(" ([\\p{L}\\p{N}]{0,3}\\p{N}[\\p{L}\\p{N}]{0,3})(?![\\p{L}\\p{N}])");

    /** The short piece right after a number in its phrase, if any. */
    private static Optional<Matcher> piece(Spot<String> spot) {
        Matcher m = PIECE.matcher(spot.phrase().text).region(spot.end(), spot.phrase().text.length());
        return m.lookingAt() ? Optional.of(m) : Optional.empty();
    }

    /**
     * A number OCR split with a gap ("ANC/MTR/2025/0765 12") joined to the piece after it, where the page
     * prints it whole elsewhere ("Please quote invoice ANC/MTR/2025/076512").
     */
    private Optional<Spot<String>> wholeElsewhere(Spot<String> spot, Matcher piece) {
        String whole = spot.value() + piece.group(1);
        return reading.printedElsewhere(spot.phrase(), whole, "[\\p{L}\\p{N}]", "[\\p{L}\\p{N}]")
                ? Optional.of(new Spot<>(whole, spot.phrase(), spot.start(), piece.end(), spot.nearness())) : Optional.empty();
    }

    /** The one code right at the start of the text from {@code from}, if it looks like a reference. */
    List<Spot<String>> code(Phrase phrase, int from) {
        String rest = phrase.text.substring(from);
        Matcher lead = LEAD.matcher(rest);
        int at = lead.find() ? lead.end() : 0;
        Matcher token = TOKEN.matcher(rest);
        List<Spot<String>> found = new ArrayList<>();
        if (token.find(at) && token.start() == at) {
            String value = token.group();
            if (looksLikeReference(value, phrase.folded.substring(from + at))) {
                found.add(new Spot<>(value, phrase, from + at, from + token.end(), 0));
            }
        }
        return found;
    }

    private static boolean looksLikeReference(String value, String foldedFromValue) {
        if (value.length() > 30 || !value.chars().anyMatch(Character::isDigit)) {
            return false;
        }
        if (!Dates.find(foldedFromValue).isEmpty() && Dates.find(foldedFromValue).getFirst().start() == 0) {
            return false;
        }
        // An amount with decimals is a price, not a number.
        return !PRICE.matcher(value).matches();
    }
}
