package io.verifact.extract;

import io.verifact.model.Candidate;
import io.verifact.model.PageText;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A till slip or retail receipt: one narrow page, or one addressed to no buyer that says how it was
 * paid (cash, change, card).
 * It names no seller with a label: the merchant is the name printed at its top.
 */
final class TillSlip {

    /** What a slip prints about the cash handed over. */
    private static final String TENDERED_WORDS = "cash|tendered|tender|especes|gegeben|contant|tunai";
    /** What a slip prints about the change given back. */
    private static final String CHANGE_WORDS = "change|rendu|rendue|wechselgeld|ruckgeld|wisselgeld|baki|kembalian";
    /** What a slip prints about its payment, and an invoice hardly does. */
    private static final String CASH_WORDS = TENDERED_WORDS + "|" + CHANGE_WORDS;
    /** The cash handed over, or the payment a slip prints above the change ("PAYMENT : 10.00"). */
    private static final Pattern TENDERED = Pattern.compile("(?<![a-z])(?:" + TENDERED_WORDS + "|payment|pay|paid)(?![a-z])");
    private static final Pattern CHANGE = Pattern.compile("(?<![a-z])(?:" + CHANGE_WORDS + ")(?![a-z])");
    /** How many lines above the change the cash handed over is looked for. */
    private static final int TENDERED_ABOVE = 3;
    /** A line about the cash handed over or the change given back: its amounts always add up to the total. */
    static final Screened CASH = Screened.compile("(?<![a-z])(?:" + CASH_WORDS + ")(?![a-z])");
    private static final Pattern PAID = Pattern.compile("(?<![a-z])(?:" + CASH_WORDS + "|visa|mastercard|amex|debit\\s+card|"
            + "cb\\s+emv|carte\\s+bancaire|bar|ec-?karte|kartenzahlung|pinbetaling|pin)(?![a-z])");
    /** Lines at the top of a slip that are not the merchant's name. */
    private static final Pattern NOT_A_NAME = Pattern.compile("(?<![a-z])(?:tel|phone|fax|receipt|ticket|invoice|facture|rechnung|"
            + "bon|kassenbon|quittung|welcome|bienvenue|willkommen|welkom|tax|gst|vat|tva|mwst|btw|date|time|www|http|reg|no|co|siret|siren)"
            + "(?![a-z])");
    /** A company's legal form: the line that carries it is the merchant's name. */
    private static final Pattern LEGAL_FORM = Pattern.compile("(?<![a-z])(?:sdn\\s*bhd|bhd|s/b|pte\\s*ltd|ltd|llc|inc|gmbh|ag|sarl|sas|sa|"
            + "eurl|bv|nv|plc|enterprise|trading)(?![a-z])");
    /** A company number in brackets after the name: "ACME TRADING SDN BHD (779763-K)". */
    private static final Pattern REGISTRATION = Pattern.compile("\\s*[(\\[][^()\\[\\]]*\\d[^()\\[\\]]*[)\\]]$");
    /** The Malaysian legal form "SDN BHD" as OCR misreads it: "SON BHD", "spn. BHD.", "SDN. EHD.". */
    private static final Pattern SDN_MISREAD = Pattern.compile("(?<![A-Za-z])[Ss][DdOoPp0][Nn](\\.?\\s*)[BbEe8][Hh][Dd](\\.?)(?![A-Za-z])");
    /** "SDN BHD" written right, its spacing and dots kept ("spn. BHD." is "SDN. BHD."); a right one as printed ("Sdn. Bhd."). */
    private static String sdnBhd(MatchResult read) {
        String written = read.group().toUpperCase(Locale.ROOT).startsWith("SDN") && read.group().toUpperCase(Locale.ROOT).contains("BHD")
                ? read.group() : "SDN" + read.group(1) + "BHD" + read.group(2);
        return Matcher.quoteReplacement(written);
    }

    /** How many lines from the top the merchant's name is looked for in. */
    private static final int TOP_LINES = 6;
    /** The mean confidence of a line's words below which it is no name but a logo or a smudge. */
    private static final double READ_WELL = 0.75;
    /** A page narrower than this share of its height is a strip of paper. */
    private static final double NARROW = 0.55;

    private TillSlip() {
    }

    static boolean is(List<PageText> pages, Reading reading) {
        if (pages.size() != 1) {
            return false;
        }
        PageText page = pages.getFirst();
        if (page.height() > 0 && page.width() / page.height() < NARROW) {
            return true;
        }
        // An invoice addressed to a buyer is none, whatever it says of payment (a PIN, a bar).
        return reading.hits(Concept.BUYER).isEmpty()
                && reading.layout.allLines().stream().anyMatch(line -> PAID.matcher(line.folded()).find());
    }

    /**
     * What was paid, as a slip says it, and the two lines that say it.
     *
     * @param total the cash handed over less the change given back
     */
    record Payment(BigDecimal total, Line cash, Line change) {

        /** Whether a phrase is on one of the two lines: its amount is the payment's, not a total. */
        boolean prints(Phrase phrase) {
            return cash.phrases().contains(phrase) || change.phrases().contains(phrase);
        }
    }

    /**
     * What was paid, as a slip says it: the cash handed over less the change given back ("CASH 50.00 /
     * CHANGE 16.20" is 33.80), from the last line of change and the line of cash just above it, each
     * with one amount. None where no change was given (the cash is then any amount paid, a card's too)
     * or where the change is more than the cash (a misread amount).
     */
    static Optional<Payment> paidLessChange(Reading reading) {
        List<Line> lines = reading.layout.allLines();
        for (int i = lines.size() - 1; i >= 0; i--) {
            Line change = lines.get(i);
            Optional<BigDecimal> given = CHANGE.matcher(change.folded()).find() ? onlyAmount(reading, change) : Optional.empty();
            if (given.isEmpty()) {
                continue;
            }
            if (given.get().signum() == 0) {
                return Optional.empty();
            }
            for (int j = i - 1; j >= Math.max(0, i - TENDERED_ABOVE) && lines.get(j).page() == change.page(); j--) {
                Line cash = lines.get(j);
                if (TENDERED.matcher(cash.folded()).find() && !CHANGE.matcher(cash.folded()).find()) {
                    return onlyAmount(reading, cash).map(handed -> handed.subtract(given.get())).filter(paid -> paid.signum() > 0)
                            .map(paid -> new Payment(paid, cash, change));
                }
            }
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** The one amount a line prints; none where it prints none or several. */
    private static Optional<BigDecimal> onlyAmount(Reading reading, Line line) {
        List<Spot<BigDecimal>> amounts = line.phrases().stream().flatMap(p -> reading.money(p, 0).stream()).toList();
        return amounts.size() == 1 ? Optional.of(amounts.getFirst().value().abs()) : Optional.empty();
    }

    private static List<Line> top(Reading reading) {
        return reading.layout.allLines().stream().filter(l -> l.page() == 1).limit(TOP_LINES).toList();
    }

    /** The merchant: among the first lines, the one with a legal form, else the first that reads as a name. */
    static Optional<Scored.Choice> merchant(Reading reading) {
        List<Line> top = top(reading);
        // A line that prints an amount is a total or an item ("TOTAL (INC. GST): 16.29"), not a name.
        Optional<Line> chosen = top.stream().filter(l -> LEGAL_FORM.matcher(l.folded()).find()
                        && l.phrases().stream().allMatch(p -> reading.money(p, 0).isEmpty())).findFirst()
                .or(() -> top.stream().filter(l -> readsAsName(l) || l == top.getFirst() && numberedName(l)).findFirst());
        return chosen.map(line -> {
            String name = SDN_MISREAD.matcher(REGISTRATION.matcher(undecorated(line.text())).replaceFirst("")).replaceAll(TillSlip::sdnBhd);
            io.verifact.model.Box box = line.box();
            int at = top.indexOf(line);
            if (at > 0 && onlyLegalForm(name) && readsAsName(top.get(at - 1))) {
                // "POPULAR BOOK" over "CO. (M) SDN BHD": a name printed on two lines.
                Line above = top.get(at - 1);
                name = above.text().strip() + " " + name;
                box = above.box().union(box);
            }
            return new Scored.Choice(new Candidate(name, name, 0.8, line.page(), box), List.of());
        });
    }

    /** The text without the stars, dashes or equal signs a slip prints around its name ("**ROYALTEA**"). */
    private static String undecorated(String text) {
        return DECORATION.matcher(text).replaceAll("");
    }

    private static final Pattern DECORATION = Pattern.compile("^[\\s*=~#_-]+|[\\s*=~#_-]+$");
    /** Words of a street address: a first line with them and a number is where the shop is, not its name. */
    private static final Pattern STREET = Pattern.compile("(?<![a-z])(?:jalan|jln|lorong|taman|street|st|road|rd|avenue|ave|lane|rue|strasse|straat|weg|no|lot|unit|blok|block)(?![a-z])");

    /** The slip's first line, a name that starts with a number ("118 MJ MOOKATA HOUSE"), not a street. */
    private static boolean numberedName(Line line) {
        String text = undecorated(line.folded());
        return !text.isEmpty() && Character.isDigit(text.charAt(0)) && text.chars().filter(Character::isLetter).count() >= 6
                && !STREET.matcher(text).find() && !NOT_A_NAME.matcher(text).find()
                && readWell(line);
    }

    /** Whether OCR read the line's words with confidence, on average: a name, not a smudge. */
    private static boolean readWell(Line line) {
        return line.phrases().stream().flatMap(p -> p.words.stream()).mapToDouble(io.verifact.model.Word::confidence).average().orElse(0) >= READ_WELL;
    }

    /** Whether a line holds nothing of a name but its legal form: no word of three letters besides it. */
    private static boolean onlyLegalForm(String text) {
        String rest = LEGAL_FORM.matcher(Fold.fold(text)).replaceAll(" ");
        return java.util.Arrays.stream(rest.split("[^\\p{L}]+")).noneMatch(w -> w.length() >= 3);
    }

    /**
     * Letters mostly, a word of three or more, read with confidence (a logo read as text is not), and
     * none of the words a slip's header prints besides its name.
     */
    private static boolean readsAsName(Line line) {
        String text = undecorated(line.folded());
        if (text.isEmpty() || !readWell(line) || !Character.isLetterOrDigit(text.charAt(0))) {
            return false;
        }
        long letters = text.chars().filter(Character::isLetter).count();
        long digits = text.chars().filter(Character::isDigit).count();
        // A shop's number beside its name is fine (WALGREENS #04512); a line that starts with one is its address.
        return letters >= 3 && digits <= letters && !Character.isDigit(text.charAt(0)) && text.matches(".*\\p{L}{3,}.*")
                && !NOT_A_NAME.matcher(text).find();
    }
}
