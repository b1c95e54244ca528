package io.verifact.extract;

import io.verifact.model.Box;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What a party's heading ("Verkäufer", "Bill to", "Client") owns: the rest of its phrase, then the
 * lines below it down to a gap or to the next party's heading, in the heading's column. In a
 * key/value table ("Name:" then the name further right) the values belong to the section too.
 */
record PartySection(Labels.Hit heading, double standing, List<Phrase> phrases, Box box) {

    /** The lines a section may hold: an address, a contact, the identifiers, and a few more. */
    private static final int MAX_LINES = 14;
    /** The first line may stand some way below its heading; after that, an empty line ends the section. */
    private static final double FIRST_GAP = 4.5;
    private static final double GAP = 2.5;
    private static final double PITCHES = 2.5;
    /** An address window names the buyer less surely than a label, more surely than a delivery address. */
    private static final double WINDOW = 0.8;
    private static final double WINDOW_DROP = 0.07;
    /** A line's first phrase starts at most this far right of the heading (page widths). */
    private static final double COLUMN_REACH = 0.4;
    /** How far apart two right edges may stand and still be one flush-right block (page widths). */
    private static final double RIGHT_ALIGNED = 0.012;
    private static final Pattern FUNCTION_WORDS = Pattern.compile(
            "(?<![\\p{L}])(?:der|die|das|des|dem|den|zur|zum|von|vom|und|mit|fur|bis|ist|the|of|for|and|with|to|is|de|la|le|les|du|pour|et|avec|van|het|voor|en|met)(?![\\p{L}])");

    int page() {
        return heading.phrase().page;
    }

    boolean holds(int page, Box place) {
        return page == page() && place.centerY() >= box.y0() - 0.005 && place.centerY() <= box.y1() + 0.005
                && place.centerX() >= box.x0() - 0.01 && place.centerX() <= box.x1() + 0.01;
    }

    /** The section a party's label heads; empty of phrases when nothing stands under it. */
    static PartySection of(Reading reading, Labels.Hit hit) {
        return of(reading, hit, standingOf(reading, hit), 0);
    }

    /**
     * The recipient's address in the envelope window, under the small line that repeats the sender's
     * address ("Sender GmbH · Street 1 · 12345 Town"); a few blank lines may come between.
     */
    static PartySection window(Reading reading, Phrase senderLine) {
        PartySection window = of(reading, new Labels.Hit(Concept.BUYER, senderLine, 0, senderLine.text.length(), WINDOW), WINDOW, WINDOW_DROP);
        // The sender's line heads the window but is the sender's own.
        Box box = window.phrases().stream().map(p -> p.box).reduce(Box::union).orElse(window.box());
        return new PartySection(window.heading(), WINDOW, window.phrases(), box);
    }

    /**
     * @param drop how far below its heading, as a share of the page height, the section's first line
     *        may stand at least
     */
    private static PartySection of(Reading reading, Labels.Hit hit, double standing, double drop) {
        Phrase label = hit.phrase();
        List<Phrase> phrases = new ArrayList<>();
        int rest = after(hit);
        if (rest < label.text.length() && label.text.substring(rest).chars().filter(Character::isLetter).count() >= 3
                && !label.text.strip().endsWith(":")) {
            phrases.add(label);
        }
        List<Line> lines = reading.layout.lines(label.page);
        List<Phrase> headingLine = lines.get(label.lineIndex).phrases();
        int at = headingLine.indexOf(label);
        double values = Double.NaN;
        if (phrases.isEmpty() && isKey(reading, label) && at + 1 < headingLine.size() && !isHeading(reading, headingLine.get(at + 1))
                && !isLabelAlone(headingLine.get(at + 1))) {
            // "Rechnungsempfänger:  Firma X GmbH": the heading is the key, the name its value, the address below the value.
            Phrase value = headingLine.get(at + 1);
            phrases.add(value);
            values = value.box.x0();
            at++;
        }
        // A heading shares its line with the next column's heading or details: the section stops short of them.
        double right = at + 1 < headingLine.size() ? headingLine.get(at + 1).box.x0() - 0.005 : 1.0;
        double left = label.box.x0() - 0.02;
        double reach = Math.min(label.box.x0() + COLUMN_REACH, right);
        double bottom = label.box.y1();
        int taken = 0;
        double lastTop = Double.NaN;
        double pitch = Double.POSITIVE_INFINITY;
        for (int j = label.lineIndex + 1; j < lines.size() && taken < MAX_LINES; j++) {
            Line line = lines.get(j);
            double step = line.box().y0() - lastTop;
            // Once the section's own line spacing is known, a step well beyond it ends the section;
            // an address printed with blank lines between its parts keeps together.
            double gap = line.box().y0() - bottom;
            double lineHeight = Math.max(label.height(), line.height());
            boolean apart = taken == 0 ? gap > Math.max(FIRST_GAP * lineHeight, drop)
                    : Double.isInfinite(pitch) ? gap > GAP * lineHeight : step > PITCHES * pitch;
            if (apart) {
                break;
            }
            Phrase first = firstInColumn(line, left, reach, values, label.box.x1());
            Phrase value = null;
            if (first == null) {
                // A line of the next column alone ("PAYMENT METHOD" beside the address) sorted between two
                // lines of the section: the section goes on below it, as long as no gap ends it.
                continue;
            }
            if (first != label && (isHeading(reading, first) || endsAddress(reading, first))) {
                break;
            }
            int index = line.phrases().indexOf(first);
            if (isKey(reading, first) && index + 1 < line.phrases().size() && line.phrases().get(index + 1).box.x0() < right) {
                value = line.phrases().get(index + 1);
                values = Double.isNaN(values) ? value.box.x0() : values;
            }
            phrases.add(first);
            bottom = first.box.y1();
            if (!Double.isNaN(lastTop)) {
                pitch = Math.min(pitch, line.box().y0() - lastTop);
            }
            lastTop = line.box().y0();
            if (value != null) {
                phrases.add(value);
                bottom = Math.max(bottom, value.box.y1());
            }
            taken++;
        }
        Box box = label.boxOf(hit.start(), hit.end());
        for (Phrase p : phrases) {
            box = box.union(p.box);
        }
        return new PartySection(hit, standing, List.copyOf(phrases), box);
    }

    /**
     * The line's first phrase in the section's column, or, in a key/value table, a value-only line
     * under the values (the second line of an address).
     */
    private static Phrase firstInColumn(Line line, double left, double reach, double values, double rightEdge) {
        for (Phrase p : line.phrases()) {
            if (p.box.x0() >= left && p.box.x0() <= reach || !Double.isNaN(values) && Math.abs(p.box.x0() - values) < 0.02) {
                return p;
            }
        }
        // A block set flush right under its heading ("Client :" over a name and an address longer than it).
        for (Phrase p : line.phrases()) {
            if (Math.abs(p.box.x1() - rightEdge) < RIGHT_ALIGNED && p.box.x0() < left && p.box.x0() >= left - COLUMN_REACH) {
                return p;
            }
        }
        return null;
    }

    /** "Name:", or "Telefon" with its value starting ": …": the left cell of a key/value table. */
    static boolean isKey(Reading reading, Phrase p) {
        if (p.text.strip().endsWith(":")) {
            return true;
        }
        List<Phrase> line = reading.layout.lineOf(p).phrases();
        int at = line.indexOf(p);
        return at + 1 < line.size() && line.get(at + 1).text.startsWith(":");
    }

    /** A table's heading or a total in the section's column: the address ended above it. */
    private static boolean endsAddress(Reading reading, Phrase p) {
        if (reading.headsTable(p)) {
            return true;
        }
        for (Labels.Hit hit : Labels.find(p)) {
            if (hit.weight() >= 0.5 && (hit.concept() == Concept.NET || hit.concept() == Concept.GROSS || hit.concept() == Concept.DUE)) {
                return true;
            }
        }
        return false;
    }

    /** A phrase that is a label and nothing more ("Numer" of the next column's details): no party's name. */
    private static boolean isLabelAlone(Phrase p) {
        int length = COLON_AT_END.matcher(p.folded.strip()).replaceAll("").length();
        return Labels.find(p).stream().anyMatch(h -> h.start() == 0 && h.end() >= length);
    }

    /** Another party's heading starts this line: the section above ends here. A name is no heading. */
    private static boolean isHeading(Reading reading, Phrase p) {
        for (Labels.Hit hit : Labels.find(p)) {
            if ((hit.concept() == Concept.SELLER || hit.concept() == Concept.BUYER) && standingOf(reading, hit) >= 0.5
                    && !PartyReader.LEGAL_FORM.in(p.folded)) {
                return true;
            }
        }
        return false;
    }

    /**
     * How much a party label stands as a heading: fully where it heads its phrase, little as part of
     * a compound ("Käufer-Str.", "Muster-Kunde"), an address or a value in a key/value table, inside a
     * table's row ("Art-Nr-" / "Lieferant" under a header), or in a sentence ("Der Verkäufer bleibt …").
     */
    static double standingOf(Reading reading, Labels.Hit hit) {
        Phrase label = hit.phrase();
        String text = label.folded;
        String before = text.substring(0, hit.start()).strip();
        boolean compound = (hit.start() > 0 && text.charAt(hit.start() - 1) == '-')
                || (hit.end() + 1 < text.length() && text.charAt(hit.end()) == '-' && Character.isLetter(text.charAt(hit.end() + 1)));
        boolean headsPhrase = before.isEmpty() || (SPACES.split(before).length <= 2 && !before.endsWith(":"));
        boolean address = text.contains("@") || text.contains("www.") || text.contains("://");
        if (!headsPhrase || compound || address || isValueOfKey(reading, label) || isWrappedTail(reading, label)
                || inTable(reading, label) || BARE_FROM.matcher(text.strip()).matches() && headsColumn(reading, label) || isSentence(text)) {
            return 0.25 * hit.weight();
        }
        return hit.weight();
    }

    /** Right of a key, and no key itself: two headings side by side ("Bill to:", "Ship to:") are both headings. */
    private static boolean isValueOfKey(Reading reading, Phrase p) {
        List<Phrase> line = reading.layout.lineOf(p).phrases();
        int at = line.indexOf(p);
        return at > 0 && isKey(reading, line.get(at - 1)) && !isKey(reading, p);
    }

    private static boolean isWrappedTail(Reading reading, Phrase label) {
        if (label.lineIndex == 0) {
            return false;
        }
        Line above = reading.layout.lines(label.page).get(label.lineIndex - 1);
        for (Phrase p : above.phrases()) {
            if (p.text.endsWith("-") && p.box.horizontalOverlap(label.box) > 0
                    && label.box.y0() - p.box.y1() < label.height()) {
                return true;
            }
        }
        return false;
    }

    /** "From", "Von", "De", "Van" alone: a sender's heading, or a table's column of places. */
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern COLON_AT_END = Pattern.compile(":$");

    private static final Pattern BARE_FROM = Pattern.compile("(?:from|von|de|van)\\s*:?");

    /**
     * A short heading among four or more on its line: a table's column ("Vol  Date  De  À  Passagers"),
     * where "De" is a place of departure, not the sender.
     */
    private static boolean headsColumn(Reading reading, Phrase label) {
        List<Phrase> line = reading.layout.lineOf(label).phrases();
        return reading.headsTable(label) || line.size() >= 4 && line.stream().allMatch(p -> SPACES.split(p.text.strip()).length <= 3);
    }

    /**
     * Under a table's header or among its rows: a line of four or more cells just above, around the label's
     * column. Not a heading beside the other party's ("From" and "Bill to" side by side): two address
     * blocks start there, under whatever row of details stands above them.
     */
    private static boolean inTable(Reading reading, Phrase label) {
        if (besideOtherParty(reading, label)) {
            return false;
        }
        List<Line> lines = reading.layout.lines(label.page);
        double top = label.box.y0();
        for (int j = label.lineIndex - 1; j >= 0 && j >= label.lineIndex - 8; j--) {
            Line line = lines.get(j);
            if (top - line.box().y1() > GAP * Math.max(label.height(), line.height())) {
                return false;
            }
            if (line.phrases().size() >= 4 && line.phrases().getFirst().box.x0() < label.box.x0() - 0.02
                    && line.phrases().getLast().box.x1() > label.box.x1()) {
                return true;
            }
            top = line.box().y0();
        }
        return false;
    }

    /**
     * Whether another phrase of the label's line is a party's heading, and nothing else: "From" beside "Bill
     * to", a third heading at most ("Ship to"); a table's header has more cells.
     */
    private static boolean besideOtherParty(Reading reading, Phrase label) {
        List<Phrase> line = reading.layout.lineOf(label).phrases();
        return line.size() <= 3 && line.stream().filter(p -> p != label)
                .anyMatch(p -> Labels.find(p).stream().anyMatch(h -> (h.concept() == Concept.BUYER || h.concept() == Concept.SELLER)
                        && h.start() == 0 && after(h) >= p.text.length()));
    }

    /** Five words or more, two of them small words that join a sentence: a sentence, not a name or a heading. */
    static boolean isSentence(String folded) {
        String[] words = SPACES.split(folded.strip());
        return words.length >= 5 && FUNCTION_WORDS.matcher(folded).results().count() >= 2;
    }

    /** Where the text after a label begins, past its colon and past any other party label it runs into. */
    static int after(Labels.Hit hit) {
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
}
