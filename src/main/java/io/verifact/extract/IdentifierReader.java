package io.verifact.extract;

import io.verifact.check.Ibans;
import io.verifact.check.Siren;
import io.verifact.check.TaxNumbers;
import io.verifact.check.VatNumbers;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.IntPredicate;
import java.util.function.Predicate;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** VAT numbers, IBANs, BICs, SIREN and SIRET, found by their pattern and kept only when their check digits hold. */
final class IdentifierReader {

    /** The prefixes a VAT number begins with: the EU's countries, Northern Ireland, Norway, Switzerland and the EU's own. */
    private static final String PREFIXES = String.join("|", VatNumbers.prefixes());
    /**
     * A VAT number, its country's letters as printed or, on a scan, one of them read as the figure it looks
     * like ("1E" for IE): only of countries whose check digits are verified, the repair's only proof.
     */
    private static final Pattern VAT = Pattern.compile(
            "(?<![A-Z0-9])(?:" + PREFIXES + "|1E|1T|8E|5E|E5|F1|6B|N0)[ .\\-]?[0-9A-Z][0-9A-Z .\\-]{1,18}");
    /**
     * Text layers sometimes split a word with a space that is not printed ("D E02…"); the check digits decide.
     * On a scan, a check digit may be read as the letter it looks like ("IEO6"), a country's letter as the
     * figure it looks like ("F152" for FI52).
     */
    private static final Pattern IBAN = Pattern.compile("(?<![A-Z0-9])(?:[A-Z] ?[A-Z]|[A-Z][1058]|[1058][A-Z]) ?(?:\\d ?[\\dOI]|[OI] ?\\d)(?: ?[A-Z0-9]){10,32}");
    /** The first part of an IBAN that the end of a line cuts: the country, the check digits, perhaps a group or two. */
    private static final Pattern IBAN_START = Pattern.compile("(?<![A-Z0-9])[A-Z] ?[A-Z] ?\\d ?\\d(?: ?[A-Z0-9]){0,32}");
    private static final Pattern NRB = Pattern.compile("(?<![\\dA-Z] ?)\\d{2}(?: ?\\d{4}){6}(?!\\d)");
    /**
     * A line that may go on with an IBAN: it starts with a group of up to four letters or figures; the
     * check digits then decide. One group is looked at, so that a long line of groups costs nothing.
     */
    private static final Pattern IBAN_GROUPS = Pattern.compile("[0-9A-Z]{1,4}(?![0-9A-Z])");
    private static final Pattern PRINTED_IBAN = Pattern.compile("(?<![A-Z0-9])[A-Z]{2} ?\\d{2}(?: ?[A-Z0-9]{1,4}){3,8}(?![A-Z0-9])");
    /** A VAT number as printed after its label: the country, then groups that each hold a digit. */
    private static final Pattern PRINTED_VAT = Pattern.compile(
            "(?<![A-Z0-9])(?:" + PREFIXES + ")"
                    + "(?:[ .\\-]?[0-9A-Z]*\\d[0-9A-Z]*){1,5}(?![A-Z0-9])");
    /** A VAT number printed without its country, as national labels print it: "CIF B86129434", "P.IVA 01845520962". */
    private static final Pattern BARE_VAT = Pattern.compile("(?<![A-Z0-9])(?:[A-Z][ .\\-]?)?\\d[\\d .\\-]{5,14}\\d(?: ?MVA|[A-Z])?(?![A-Z0-9])");
    /** The countries a VAT label's word names, as the folded label begins with it. */
    private static final List<Map.Entry<Pattern, List<String>>> LABEL_COUNTRIES = List.of(
            Map.entry(Pattern.compile("cif|nif|n\\.i\\.f"), List.of("ES", "PT")),
            Map.entry(Pattern.compile("nipc|contribuinte"), List.of("PT")),
            Map.entry(Pattern.compile("nip"), List.of("PL")),
            Map.entry(Pattern.compile("iva|p\\.?\\s*iva|partita"), List.of("IT")),
            Map.entry(Pattern.compile("btw"), List.of("BE", "NL")),
            Map.entry(Pattern.compile("tva|identifiant|no|numero|n\\b"), List.of("FR", "BE", "LU")),
            Map.entry(Pattern.compile("ust|mwst|umsatzsteuer|uid"), List.of("DE", "AT")),
            Map.entry(Pattern.compile("vat"), List.of("GB")),
            Map.entry(Pattern.compile("cvr|se\\s*-?\\s*n"), List.of("DK")),
            Map.entry(Pattern.compile("mva|org"), List.of("NO")),
            Map.entry(Pattern.compile("moms|organisationsn"), List.of("SE")),
            Map.entry(Pattern.compile("kozossegi"), List.of("HU")),
            Map.entry(Pattern.compile("cui|cod"), List.of("RO")));
    /**
     * The tax numbers of countries outside the EU a label's word names, as the folded label begins with it,
     * in the order they are tried: "ABN", "GST Reg. No.", "GSTIN", "TRN"…
     */
    private static final List<Map.Entry<Pattern, List<TaxNumbers.Scheme>>> LABEL_SCHEMES = List.of(
            Map.entry(Pattern.compile("abn|a\\.b\\.n"), List.of(TaxNumbers.Scheme.AU_ABN)),
            Map.entry(Pattern.compile("gstin"), List.of(TaxNumbers.Scheme.IN_GSTIN)),
            Map.entry(Pattern.compile("gst|hst"), List.of(TaxNumbers.Scheme.NZ_GST, TaxNumbers.Scheme.CA_BN, TaxNumbers.Scheme.SG_UEN,
                    TaxNumbers.Scheme.IN_GSTIN, TaxNumbers.Scheme.AU_ABN)),
            Map.entry(Pattern.compile("business|bn"), List.of(TaxNumbers.Scheme.AU_ABN, TaxNumbers.Scheme.CA_BN)),
            Map.entry(Pattern.compile("uen"), List.of(TaxNumbers.Scheme.SG_UEN)),
            Map.entry(Pattern.compile("trn|tax"), List.of(TaxNumbers.Scheme.AE_TRN, TaxNumbers.Scheme.ZA_VAT, TaxNumbers.Scheme.SG_UEN)),
            Map.entry(Pattern.compile("cnpj"), List.of(TaxNumbers.Scheme.BR_CNPJ)),
            Map.entry(Pattern.compile("rfc"), List.of(TaxNumbers.Scheme.MX_RFC)),
            Map.entry(Pattern.compile("vat"), List.of(TaxNumbers.Scheme.ZA_VAT)),
            Map.entry(Pattern.compile("(?:invoice\\s*)?registration"), List.of(TaxNumbers.Scheme.JP_T)));
    /** One group of a tax number's letters and figures. */
    private static final String GROUP_CHARS = "[A-Z0-9&Ñ]+";
    private static final Pattern GROUP = Pattern.compile(GROUP_CHARS);
    /** A run of up to six groups, as a tax number prints them: "51 824 753 556", "12.345.678/0001-95". */
    private static final Pattern GROUPS = Pattern.compile("(?<![A-Z0-9])" + GROUP_CHARS + "(?:[ .\\-/]" + GROUP_CHARS + "){0,5}");
    private static final Pattern BIC = Pattern.compile("(?<![A-Z0-9])[A-Z] ?[A-Z]{3}[A-Z]{2}[A-Z0-9]{2}(?:[A-Z0-9]{3})?(?![A-Z0-9])");
    private static final Pattern SIREN_DIGITS = Pattern.compile("(?<![\\d])\\d{3}[ .]?\\d{3}[ .]?\\d{3}(?:[ .]?\\d{5})?(?![\\d])");

    /** The weight of a tax number that has only its label and its shape to show for it, no check digits: never sure. */
    private static final double SHAPE_ONLY = 0.35;

    /** The fewest digits a VAT number or an IBAN has (Swiss and Danish numbers have eight). */
    private static final int MIN_DIGITS = 7;

    private final Reading reading;
    /** The valid IBANs, looked for once: VAT numbers are read around them, and they are read themselves. */
    private List<Spot<String>> validIbans;
    /** What was found, found once a reading: the fields and the supplier's evidence both ask for it. */
    private List<Spot<String>> vatNumbers;
    private List<Spot<String>> ibans;

    IdentifierReader(Reading reading) {
        this.reading = reading;
    }

    /**
     * VAT numbers whose check digits hold (nearness 1), then those that only have the shape of one
     * (0.5), then what a VAT label announces as printed (0.3). Part of a valid IBAN is no VAT number.
     */
    List<Spot<String>> vatNumbers() {
        if (vatNumbers == null) {
            List<Spot<String>> ibans = validIbans();
            // A country's letter read as a figure ("1E") is set right after a VAT label only, and kept only where
            // the country's check digits then hold: its shape alone proves nothing.
            List<Spot<String>> checked = longestValid(VAT, VatNumbers::normalize,
                    (phrase, start) -> afterVatLabel(phrase, start) ? VatNumbers::verifiesDigits : AS_READ);
            List<Spot<String>> found = new ArrayList<>(validThenShaped(checked, VAT, VatNumbers::normalizeShape).stream()
                    .filter(vat -> ibans.stream().noneMatch(iban -> iban.overlaps(vat))).toList());
            addNational(found, ibans);
            addPrinted(found, Concept.SELLER_VAT, PRINTED_VAT, IdentifierReader::compactVat);
            vatNumbers = List.copyOf(found);
        }
        return vatNumbers;
    }

    /** IBANs whose check digits hold (nearness 1), then those that only have the shape of one (0.5). */
    List<Spot<String>> ibans() {
        if (ibans == null) {
            List<Spot<String>> found = validThenShaped(validIbans(), IBAN, Ibans::normalizeShape);
            addPrinted(found, Concept.IBAN, PRINTED_IBAN, IdentifierReader::compactIban);
            ibans = List.copyOf(found);
        }
        return ibans;
    }

    /**
     * A VAT number printed without its country after a national label ("CIF", "P.IVA", "BTW", "VAT
     * Reg. No."): the label's country, and the check digits, make it whole.
     */
    private void addNational(List<Spot<String>> found, List<Spot<String>> ibans) {
        for (Labels.Hit hit : reading.hits(Concept.SELLER_VAT)) {
            String word = hit.phrase().folded.substring(hit.start(), hit.end());
            List<String> countries = namedBy(LABEL_COUNTRIES, word);
            List<TaxNumbers.Scheme> schemes = namedBy(LABEL_SCHEMES, word);
            List<Spot<String>> after = !countries.isEmpty()
                    ? reading.search.after(hit, (p, from) -> matches(p, from, BARE_VAT, printed -> national(printed, countries))) : List.of();
            boolean european = !after.isEmpty();
            if (!european && !schemes.isEmpty()) {
                after = reading.search.after(hit, (p, from) -> taxNumbers(p, from, schemes));
            }
            for (Spot<String> bare : after) {
                if (found.stream().noneMatch(v -> v.overlaps(bare)) && ibans.stream().noneMatch(iban -> iban.overlaps(bare))) {
                    // A scheme without check digits has only its shape and its label to show for it.
                    found.add(bare.near(european || TaxNumbers.verified(bare.value()) ? 1 : SHAPE_ONLY));
                }
                break;
            }
        }
    }

    /** What the first of a list's patterns that the label's word begins with names. */
    private static <T> List<T> namedBy(List<Map.Entry<Pattern, List<T>>> names, String word) {
        return names.stream().filter(e -> e.getKey().matcher(word).lookingAt()).findFirst().map(Map.Entry::getValue).orElse(List.of());
    }

    /**
     * The tax numbers of a phrase from a place on, of the first of the schemes each fits: from the start of a
     * run of groups or of a group after words ("N° de TPS/TVH 897292124 RT0001"), the longest run of groups
     * that is one. A number never starts inside a run of figures ("Tel. 49 40 1234 5619"), nor is cut out of a
     * longer code.
     */
    private static List<Spot<String>> taxNumbers(Phrase phrase, int from, List<TaxNumbers.Scheme> schemes) {
        String upper = Text.upper(phrase.text);
        Matcher m = GROUPS.matcher(upper);
        m.region(from, upper.length());
        while (m.find()) {
            List<MatchResult> groups = GROUP.matcher(m.group()).results().toList();
            for (int first = 0; first < groups.size(); first++) {
                if (first > 0 && Text.digits(groups.get(first - 1).group()) > 0) {
                    continue;
                }
                for (int last = groups.size() - 1; last >= first; last--) {
                    String part = m.group().substring(groups.get(first).start(), groups.get(last).end());
                    Optional<String> number = schemes.stream().map(s -> TaxNumbers.normalize(s, part)).flatMap(Optional::stream).findFirst();
                    if (number.isPresent()) {
                        return List.of(new Spot<>(number.get(), phrase, m.start() + groups.get(first).start(), m.start() + groups.get(last).end(), 0));
                    }
                }
            }
        }
        return List.of();
    }

    private static Optional<String> national(String printed, List<String> countries) {
        String compact = Text.keep(printed, 'A', 'Z');
        // A Norwegian number is its organisation number and the tax's name, MVA, which a label may stand for.
        return countries.stream().map(country -> VatNumbers.normalize(country + compact + ("NO".equals(country) && !compact.endsWith("MVA") ? "MVA" : "")))
                .flatMap(Optional::stream).findFirst();
    }

    /**
     * What a label announces is read as printed, even when its check fails: the check says so, and
     * the low nearness keeps it from ever looking sure.
     */
    private void addPrinted(List<Spot<String>> found, Concept label, Pattern printedPattern, Function<String, Optional<String>> compact) {
        for (Labels.Hit hit : reading.hits(label)) {
            for (Spot<String> printed : reading.search.after(hit, (p, from) -> matches(p, from, printedPattern, compact))) {
                if (found.stream().noneMatch(v -> v.overlaps(printed))) {
                    found.add(printed.near(0.3));
                }
                break;
            }
        }
    }

    /**
     * What is printed is read as printed: a number that fails only its check digits is kept, weighing
     * less, where no valid number stands.
     */
    private List<Spot<String>> validThenShaped(List<Spot<String>> valid, Pattern pattern, Function<String, Optional<String>> shaped) {
        List<Spot<String>> found = new ArrayList<>(valid.stream().map(s -> s.near(1)).toList());
        List<Spot<String>> checked = List.copyOf(found);
        for (Spot<String> shape : longestValid(pattern, shaped)) {
            if (checked.stream().noneMatch(v -> v.overlaps(shape))) {
                found.add(shape.near(0.5));
            }
        }
        return found;
    }

    private List<Spot<String>> validIbans() {
        if (validIbans == null) {
            // An IBAN's 97 check numbers set a country's letter read as a figure right ("F152" is FI52) or refuse it.
            List<Spot<String>> found = new ArrayList<>(longestValid(IBAN, Ibans::normalize, (phrase, start) -> iban -> true));
            found.addAll(wrappedIbans(found));
            found.addAll(polishAccounts(found));
            validIbans = List.copyOf(found);
        }
        return validIbans;
    }

    /**
     * IBANs that the end of a line cuts in two, as in a long footer: "IBAN DE61 7605 0101 0012" and,
     * at the start of the next line, "3456 78". The number after an IBAN label runs to the end of its
     * line, is no valid IBAN alone, and is one with the first groups of the next line.
     */
    private List<Spot<String>> wrappedIbans(List<Spot<String>> whole) {
        List<Spot<String>> found = new ArrayList<>();
        for (Labels.Hit hit : reading.hits(Concept.IBAN)) {
            Phrase label = hit.phrase();
            Line line = reading.layout.lineOf(label);
            int at = line.phrases().indexOf(label);
            // The number after the label, in its phrase or, where the label stands alone, in the next one.
            boolean alone = label.text.substring(hit.end()).replaceAll("[\\s:.]", "").isEmpty();
            Phrase p = alone && at + 1 < line.phrases().size() ? line.phrases().get(at + 1) : label;
            int from = p == label ? hit.end() : 0;
            String upper = Text.upper(p.text).stripTrailing();
            Matcher m = IBAN_START.matcher(upper);
            m.region(from, upper.length());
            if (!m.find() || m.end() != upper.length() || whole.stream().anyMatch(spot -> spot.phrase() == p && spot.end() > from)) {
                continue;
            }
            // The start of a line below, under the label or under the number; on a scan slightly askew, a
            // piece of the same line may be sorted between, so the next few lines are tried, and the check
            // digits choose.
            List<Line> lines = reading.layout.lines(p.page);
            int cut = upper.length() - m.start();
            double numberLeft = p.boxOf(m.start(), m.end()).x0();
            search:
            for (int j = p.lineIndex + 1; j < Math.min(lines.size(), p.lineIndex + 4); j++) {
                for (Phrase rest : lines.get(j).phrases()) {
                    // A centred footer starts its next line anywhere: its first phrase may go on with the number.
                    boolean under = Math.abs(rest.box.x0() - numberLeft) < 0.05 || rest.box.x0() <= label.box.x0() + 0.05 && rest.box.x1() > label.box.x0()
                            || rest == lines.get(j).phrases().getFirst() && IBAN_GROUPS.matcher(Text.upper(rest.text)).lookingAt();
                    if (rest.box.y0() - p.box.y1() > 1.5 * p.height() || !under) {
                        continue;
                    }
                    String joined = upper.substring(m.start()) + " " + Text.upper(rest.text);
                    Optional<Valid> valid = longestValidFrom(joined, 0, joined.length(), cut + 1, Ibans::normalize, end -> false, AS_READ);
                    if (valid.isPresent()) {
                        found.add(new Spot<>(valid.get().value(), p, m.start(), upper.length(), 0));
                        break search;
                    }
                }
            }
        }
        return found;
    }

    /**
     * A Polish account number printed without its country (NRB: "22 1140 0000 0004 7122 8300 1001"):
     * with PL before it, it is the IBAN, and its check digits say so.
     */
    private List<Spot<String>> polishAccounts(List<Spot<String>> whole) {
        List<Spot<String>> found = new ArrayList<>();
        for (Phrase phrase : reading.layout.allPhrases()) {
            if (Text.digits(phrase.text) < 26) {
                continue;
            }
            Matcher m = NRB.matcher(phrase.text);
            while (m.find()) {
                int start = m.start();
                int end = m.end();
                if (whole.stream().noneMatch(spot -> spot.phrase() == phrase && spot.start() < end && start < spot.end())) {
                    Ibans.normalize("PL" + m.group().replace(" ", "")).ifPresent(iban -> found.add(new Spot<>(iban, phrase, start, end, 0)));
                }
            }
        }
        return found;
    }

    /**
     * A number as OCR may have misread it, its figures after the country read as the letters they look
     * like (O for 0, I for 1): all of them, or only the first two (an IBAN's check digits, "IEO6 BOFI …",
     * whose bank's letters further on are letters). Only tried where the number as read fails its check,
     * and kept only where the check then holds.
     */
    private static String misreadDigits(String read, boolean checkDigitsOnly) {
        StringBuilder fixed = new StringBuilder(read);
        int seen = 0;
        for (int i = 0; i < fixed.length() && !(checkDigitsOnly && seen >= 4); i++) {
            char c = fixed.charAt(i);
            if (c == ' ') {
                continue;
            }
            if (seen >= 2) {
                fixed.setCharAt(i, c == 'O' ? '0' : c == 'I' ? '1' : c);
            }
            seen++;
        }
        return fixed.toString();
    }

    /** The first two characters, a country's letters, with a figure read for a letter set right ("1E" is IE). */
    private static String country(String read) {
        StringBuilder country = new StringBuilder(2);
        for (int i = 0; i < 2; i++) {
            char c = read.charAt(i);
            int figure = FIGURES_READ.indexOf(c);
            country.append(figure < 0 ? c : LETTERS_MEANT.charAt(figure));
        }
        return country.toString();
    }

    /** Figures OCR reads for the capitals they look like, and those capitals, place for place. */
    private static final String FIGURES_READ = "10586";
    private static final String LETTERS_MEANT = "IOSBG";

    /** A number that passed its check, as normalized, and where it ends in the text read. */
    private record Valid(String value, int end) {
    }

    /**
     * The longest part of {@code text} from {@code start} that passes its check and ends where a printed
     * token ends, no further than {@code longest} and beyond {@code shortest}. Where {@code scanned} says
     * the part was read by OCR, it is checked again with the digits OCR reads as letters.
     *
     * @param country whether a number whose country's letter read as a figure was set right is kept
     */
    private static Optional<Valid> longestValidFrom(String text, int start, int longest, int shortest,
                                                    Function<String, Optional<String>> normalize, IntPredicate scanned,
                                                    Predicate<String> country) {
        for (int end = longest; end > shortest; end--) {
            if (Character.isLetterOrDigit(text.charAt(end - 1)) && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)))) {
                String part = text.substring(start, end);
                Optional<String> valid = normalize.apply(part);
                if (valid.isEmpty() && scanned.test(end)) {
                    String read = country(part) + part.substring(2);
                    valid = normalize.apply(misreadDigits(read, false)).or(() -> normalize.apply(misreadDigits(read, true)))
                            .filter(v -> read.startsWith(part.substring(0, 2)) || country.test(v));
                }
                if (valid.isPresent()) {
                    return Optional.of(new Valid(valid.get(), end));
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<String> compactIban(String printed) {
        return Optional.of(Text.keep(printed, 'A', 'Z'));
    }

    /** As printed, without its grouping; too few or too many characters for any country's number is no VAT number. */
    private static Optional<String> compactVat(String printed) {
        String compact = Text.keep(printed, 'A', 'Z');
        return compact.length() >= 8 && compact.length() <= 16 && Text.digits(compact) >= 6 ? Optional.of(compact) : Optional.empty();
    }

    /** BICs only where a label announces them: eight capitals alone could be any word. */
    List<Spot<String>> bics() {
        List<Spot<String>> found = new ArrayList<>();
        for (Labels.Hit hit : reading.hits(Concept.BIC)) {
            for (Spot<String> spot : reading.search.after(hit, (p, from) -> matches(p, from, BIC, Ibans::normalizeBic))) {
                found.add(spot);
                break;
            }
        }
        return found;
    }

    /** SIRETs and SIRENs near their labels, Luhn-checked. */
    List<Spot<String>> sirets() {
        return french(Concept.SIRET, Siren::isValidSiret, 14);
    }

    List<Spot<String>> sirens() {
        return french(Concept.SIREN, Siren::isValidSiren, 9);
    }

    private List<Spot<String>> french(Concept concept, Predicate<String> valid, int length) {
        List<Spot<String>> found = new ArrayList<>();
        for (Labels.Hit hit : reading.hits(concept)) {
            for (Spot<String> spot : reading.search.after(hit, (p, from) -> matches(p, from, SIREN_DIGITS, s -> {
                String digits = Text.keep(s, '0', '9');
                return digits.length() == length ? Optional.of(digits) : Optional.empty();
            }))) {
                // Read as printed after its label; a failed Luhn check lowers it, and the check tells why.
                found.add(spot.near(valid.test(spot.value()) ? 1 : 0.5));
                break;
            }
        }
        return found;
    }

    private List<Spot<String>> longestValid(Pattern pattern, Function<String, Optional<String>> normalize) {
        return longestValid(pattern, normalize, (phrase, start) -> AS_READ);
    }

    /** A country's letters taken as read: a number whose letter was set right is not kept. */
    private static final Predicate<String> AS_READ = repaired -> false;

    /**
     * A label of a VAT number earlier in the phrase ("VAT 1E9292398U", "USt-IdNr. …"), or ending the phrase
     * just before on the line ("OUR VAT NO" then ": 1E9401277J").
     */
    private boolean afterVatLabel(Phrase phrase, int start) {
        List<Phrase> line = reading.layout.lineOf(phrase).phrases();
        int at = line.indexOf(phrase);
        Phrase before = at > 0 && onlyPunctuation(phrase.text.substring(0, start)) ? line.get(at - 1) : null;
        return Stream.of(Concept.SELLER_VAT, Concept.BUYER_VAT, Concept.TAX)
                .flatMap(concept -> reading.hits(concept).stream())
                .anyMatch(hit -> hit.phrase() == phrase && hit.end() <= start
                        || hit.phrase() == before && onlyPunctuation(before.text.substring(hit.end())));
    }

    /** Nothing between a label and its value but spaces, colons, full stops and number signs. */
    private static boolean onlyPunctuation(String between) {
        return between.chars().allMatch(c -> Character.isWhitespace(c) || c == ':' || c == '.' || c == '#');
    }

    /**
     * @param countryMisread at a place of a phrase, whether a number whose country's letter OCR read as a
     *        figure, set right, is kept
     */
    private List<Spot<String>> longestValid(Pattern pattern, Function<String, Optional<String>> normalize,
                                            BiFunction<Phrase, Integer, Predicate<String>> countryMisread) {
        List<Spot<String>> found = new ArrayList<>();
        for (Phrase phrase : reading.layout.allPhrases()) {
            if (Text.digits(phrase.text) < MIN_DIGITS) {
                continue;
            }
            String upper = Text.upper(phrase.text);
            Matcher m = pattern.matcher(upper);
            int from = 0;
            while (m.find(from)) {
                int start = m.start();
                // The pattern reaches into what follows; the longest part that passes its check and ends
                // where a printed token ends is the number, never a piece cut out of a longer code.
                Optional<Valid> valid = longestValidFrom(upper, start, m.end(), start + 4, normalize,
                        end -> phrase.confidenceOf(start, end) < 1, countryMisread.apply(phrase, start));
                if (valid.isPresent()) {
                    found.add(new Spot<>(valid.get().value(), phrase, start, valid.get().end(), 0));
                    from = valid.get().end();
                } else {
                    from = start + 1;
                }
                if (from >= upper.length()) {
                    break;
                }
            }
        }
        return found;
    }

    private static List<Spot<String>> matches(Phrase phrase, int from, Pattern pattern, Function<String, Optional<String>> normalize) {
        List<Spot<String>> found = new ArrayList<>();
        String upper = Text.upper(phrase.text);
        Matcher m = pattern.matcher(upper);
        m.region(from, upper.length());
        while (m.find()) {
            normalize.apply(m.group()).ifPresent(v -> found.add(new Spot<>(v, phrase, m.start(), m.end(), 0)));
        }
        return found;
    }
}
