package io.verifact.extract;

import io.verifact.model.Box;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who sent the invoice and who receives it. The buyer's address block is found first, by its label
 * ("Client", "Kunde", "Bill to", …), so that nothing in it is ever taken for the supplier's.
 */
final class PartyReader {

    private static final String B = "(?<![\\p{L}])";
    private static final String E = "(?![\\p{L}])";
    private static final Pattern LEGAL_FORM = Pattern.compile("(?<![\\p{L}\\p{N}])(?:sdn\\.?\\s*bhd|bhd|berhad|pte|pvt|gmbh|ag|kg|ohg|gbr|ug|mbh|e\\.\\s?k\\.?|e\\.\\s?v\\.|sarl|s\\.a\\.r\\.l\\.?|sas|sasu|eurl|sci|snc|scop|selarl|bv|b\\.v\\.?|nv|n\\.v\\.?|vof|bvba|sprl|srl|s\\.r\\.l\\.?|spa|s\\.p\\.a\\.?|ltd|limited|llc|llp|inc|plc|corp|corporation|company|oy|aps|kft|s\\.r\\.o\\.?|sl|s\\.l\\.|s\\.a\\.)" + E);
    private static final Pattern WEAK_LEGAL_FORM = Pattern.compile(B + "(?:sa|as|ab|co)\\.?\\s*$");
    private static final Pattern SEPARATORS = Pattern.compile("\\s+[-–·|•]\\s+|\\s*[·|•]\\s*|,\\s+");
    /** A town with its state or postcode, a phone number: address lines, not names. */
    private static final Pattern ADDRESS = Pattern.compile("^[\\p{L} .'-]+,\\s*\\p{Lu}{2}(?:\\s+\\d{5})?$|\\d{3}[ .-]\\d{3}[ .-]\\d{4}|\\+\\d{2}");
    private static final Pattern POSTCODE = Pattern.compile("(?<!\\d)(?:[A-Z]{1,2}[- ]?)?\\d{4,5}(?!\\d)\\s+\\p{L}");
    private static final Pattern NOT_A_NAME = Pattern.compile(
            B + "(?:rechnung|invoice|facture|factuur|gutschrift|avoir|seite|page|datum|date|tel|telefon|phone|fax|e-?mail|www|http|iban|bic|ust|vat|tva|btw|siret|siren|steuer|herr|frau|mr|mrs|ms|mme|m\\.|attn|z\\.\\s?hd|zu\\s*handen|ansprechpartner|contact|kunden|customer|client|strasse|straße|str\\.|rue|avenue|chemin|weg|laan|street|road|postfach|bp|name|nom|naam|nummer|number|numero|anschrift|adresse|address|adres|gln|gtin|konto|account|kontoname|bank|iln)" + E);

    private final Reading reading;
    private final List<Box> buyerBlocks = new ArrayList<>();
    private final List<Integer> buyerBlockPages = new ArrayList<>();
    private String buyerName;
    private Spot<String> buyerSpot;

    PartyReader(Reading reading) {
        this.reading = reading;
        for (Labels.Hit hit : reading.hits(Concept.BUYER)) {
            List<Phrase> block = block(hit);
            if (block.isEmpty()) {
                continue;
            }
            Box box = block.stream().map(p -> p.box).reduce(Box::union).orElseThrow();
            buyerBlocks.add(box.union(hit.phrase().boxOf(hit.start(), hit.end())));
            buyerBlockPages.add(hit.phrase().page);
            if (buyerSpot == null) {
                buyerSpot = firstName(hit, block);
                buyerName = buyerSpot == null ? null : buyerSpot.value();
            }
        }
    }

    /** Whether a place on a page lies in the buyer's address block. */
    boolean inBuyerBlock(int page, Box box) {
        for (int i = 0; i < buyerBlocks.size(); i++) {
            Box b = buyerBlocks.get(i);
            if (buyerBlockPages.get(i) == page && box.centerY() >= b.y0() - 0.005 && box.centerY() <= b.y1() + 0.005
                    && box.centerX() >= b.x0() - 0.01 && box.centerX() <= b.x1() + 0.01) {
                return true;
            }
        }
        return false;
    }

    Scored buyerName() {
        Scored scored = new Scored();
        if (buyerSpot != null && !buyerName.isBlank()) {
            scored.add(buyerName, buyerSpot, 1);
        }
        return scored;
    }

    Scored supplierName() {
        Scored scored = new Scored();
        for (Labels.Hit hit : reading.hits(Concept.SELLER)) {
            Spot<String> name = firstName(hit, block(hit));
            if (name != null) {
                scored.add(name.value(), name, 1.2);
            }
        }
        Set<String> seen = new HashSet<>();
        for (Phrase p : reading.layout.allPhrases()) {
            if (inBuyerBlock(p.page, p.box) || (buyerName != null && Fold.fold(p.text).contains(Fold.fold(buyerName)) && buyerName.length() > 3)) {
                continue;
            }
            Matcher legal = LEGAL_FORM.matcher(p.folded);
            boolean found = legal.find();
            boolean weak = !found && WEAK_LEGAL_FORM.matcher(p.folded).find();
            if (!found && !weak) {
                continue;
            }
            int at = found ? legal.start() : p.folded.length() - 1;
            String name = segmentAround(p.text, at, found ? legal.end() : p.text.length());
            if (!isName(name)) {
                continue;
            }
            double score = (weak ? 0.4 : 0.6) + position(p) + (seen.add(Fold.fold(name)) ? 0 : 0.15);
            scored.add(name, new Spot<>(name, p, 0, p.text.length(), 1), score);
        }
        senderLine(scored);
        largestHeading(scored);
        return scored;
    }

    /** The first phrase of a block that reads as a name; a "Name:" key hands over to the value beside it. */
    private Spot<String> firstName(Labels.Hit hit, List<Phrase> block) {
        for (Phrase p : block) {
            int start = p == hit.phrase() ? after(hit) : 0;
            Phrase value = p;
            if (p.text.strip().endsWith(":")) {
                List<Phrase> line = reading.layout.lines(p.page).get(p.lineIndex).phrases();
                int at = line.indexOf(p);
                if (at + 1 >= line.size()) {
                    continue;
                }
                value = line.get(at + 1);
                start = 0;
            }
            String name = segmentAround(value.text, start, value.text.length());
            if (isName(name)) {
                return new Spot<>(name, value, start, value.text.length(), 1);
            }
        }
        return null;
    }

    /** Pages start with the sender: the top of the first page weighs most, the footer some. */
    private double position(Phrase p) {
        if (p.page == 1 && p.box.y0() < 0.25) {
            return 0.25;
        }
        return p.box.y0() > 0.8 ? 0.15 : 0;
    }

    /** The small line above the address window: "Sender GmbH · Street 1 · 12345 Town". */
    private void senderLine(Scored scored) {
        for (Line line : reading.layout.lines(1)) {
            if (line.box().y0() > 0.4) {
                break;
            }
            for (Phrase p : line.phrases()) {
                if (POSTCODE.matcher(p.text).find() && SEPARATORS.matcher(p.text).find() && !inBuyerBlock(p.page, p.box)) {
                    String first = SEPARATORS.split(p.text)[0].strip();
                    if (isName(first) && !POSTCODE.matcher(first).find()) {
                        scored.add(first, new Spot<>(first, p, 0, first.length(), 1), 0.65);
                    }
                }
            }
        }
    }

    /**
     * The letterhead: the first lines of the first page that read as a name and not as an address,
     * a phone number or a label; the tallest of them weighs most, as a logo's name is printed large.
     */
    private void largestHeading(Scored scored) {
        List<Phrase> heads = new ArrayList<>();
        int lines = 0;
        for (Line line : reading.layout.lines(1)) {
            if (line.box().y0() > 0.3 || lines++ >= 8) {
                break;
            }
            for (Phrase p : line.phrases()) {
                if (isName(p.text) && !inBuyerBlock(p.page, p.box) && Labels.find(p).isEmpty() && !ADDRESS.matcher(p.text).find()) {
                    heads.add(p);
                }
            }
        }
        double tallest = heads.stream().mapToDouble(Phrase::height).max().orElse(0);
        for (int i = 0; i < heads.size(); i++) {
            Phrase p = heads.get(i);
            double score = 0.35 + (p.height() >= tallest * 0.95 ? 0.1 : 0) + (i == 0 ? 0.05 : 0);
            scored.add(p.text.strip(), new Spot<>(p.text, p, 0, p.text.length(), 1), score);
        }
    }

    /** The part of a phrase, between separators, that holds the characters from {@code start} to {@code end}. */
    private static String segmentAround(String text, int start, int end) {
        Matcher m = SEPARATORS.matcher(text);
        int from = 0;
        int to = text.length();
        while (m.find()) {
            if (m.end() <= start) {
                from = m.end();
            } else if (m.start() >= end) {
                to = m.start();
                break;
            }
        }
        return text.substring(from, to).replaceAll("^[\\s:]+|[\\s,;:]+$", "");
    }

    private static boolean isName(String text) {
        String folded = Fold.fold(text);
        long letters = folded.chars().filter(Character::isLetter).count();
        return letters >= 3 && letters * 2 >= folded.replace(" ", "").length() && text.length() <= 80
                && !NOT_A_NAME.matcher(folded).find() && !folded.contains("@");
    }

    /** Where the text after a label begins, past its colon and past any other label it runs into. */
    private static int after(Labels.Hit hit) {
        int i = hit.end();
        for (Labels.Hit other : Labels.find(hit.phrase())) {
            if (other.start() >= i && other.start() <= i + 2 && (other.concept() == Concept.BUYER || other.concept() == Concept.SELLER)) {
                i = other.end();
            }
        }
        String t = hit.phrase().text;
        while (i < t.length() && (t.charAt(i) == ':' || t.charAt(i) == ' ' || t.charAt(i) == '/')) {
            i++;
        }
        return i;
    }

    /**
     * The phrases of the address block a label heads: the rest of the label's phrase, then the lines
     * below it in the same column, until a gap.
     */
    private List<Phrase> block(Labels.Hit hit) {
        List<Phrase> block = new ArrayList<>();
        Phrase label = hit.phrase();
        int rest = after(hit);
        if (rest < label.text.length() && label.text.substring(rest).chars().filter(Character::isLetter).count() >= 3
                && !label.text.strip().endsWith(":")) {
            block.add(label);
        }
        List<Line> lines = reading.layout.lines(label.page);
        double x0 = label.box.x0() - 0.02;
        double x1 = label.box.x0() + 0.4;
        double bottom = label.box.y1();
        double height = label.height();
        for (int j = label.lineIndex + 1; j < lines.size() && block.size() < 7; j++) {
            Line line = lines.get(j);
            if (line.box().y0() - bottom > 2.5 * Math.max(height, line.height())) {
                break;
            }
            Phrase inColumn = null;
            for (Phrase p : line.phrases()) {
                if (p.box.x0() >= x0 && p.box.x0() <= x1) {
                    inColumn = p;
                    break;
                }
            }
            if (inColumn == null) {
                if (!block.isEmpty()) {
                    break;
                }
                continue;
            }
            block.add(inColumn);
            bottom = inColumn.box.y1();
        }
        return block;
    }
}
