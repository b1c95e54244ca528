package io.verifact.identify;

import io.verifact.check.Identifiers;
import io.verifact.check.Siren;
import io.verifact.model.Box;
import io.verifact.model.PageText;
import io.verifact.model.SupplierId;
import io.verifact.model.Word;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What the pages show that can tell who sent an invoice and to whom: every identifier printed on
 * them (VAT numbers, SIREN/SIRET, IBANs, phone and fax numbers) with its place, and their lines of
 * text for names, addresses and keywords. Only identifiers whose check digits hold are kept.
 */
final class PageEvidence {

    /**
     * One identifier seen on a page.
     *
     * @param id the identifier, normalized
     * @param page where, from 1
     * @param box where on the page, or null for one read from a field without a place
     * @param within the identifier it was read inside (a SIREN inside a French VAT number), or null
     */
    record Seen(SupplierId id, int page, Box box, SupplierId within) {

        String key() {
            return key(id);
        }

        static String key(SupplierId id) {
            return id.kind() + ":" + Identifiers.matchKey(id.kind(), id.value());
        }

        String place() {
            return Place.of(page, box);
        }
    }

    /** One line of a page, folded for searching names and keywords. */
    record Line(int page, Box box, List<String> tokens, String folded, String digits, List<String> segments) {

        /** Whether the folded phrase stands in the line as whole words. */
        boolean holds(String foldedPhrase) {
            return !foldedPhrase.isEmpty() && (" " + folded + " ").contains(" " + foldedPhrase + " ");
        }
    }

    private static final Pattern VAT_SHAPE = Pattern.compile("(?:[A-Z]{2}|CHE)[0-9A-Z]{2,14}(?:MWST|TVA|IVA)?");
    private static final Pattern IBAN_SHAPE = Pattern.compile("[A-Z]{2}[0-9]{2}[A-Z0-9]{10,30}");
    private static final Pattern PHONE_PIECE = Pattern.compile("[+(]?[0-9][0-9().\\-/]*");
    private static final Pattern FAX_LABEL = Pattern.compile("(?i).*\\b(fax|telefax|t[ée]l[ée]copie|faxnr)\\b.*");
    private static final Pattern PHONE_LABEL = Pattern.compile("(?i).*\\b(t[ée]l|t[ée]l[ée]phone|phone|telefon|telefoon|tfno|fon|mobile?|gsm|portable|tel\\.?nr)\\b.*");
    private static final int WINDOW = 9;

    private final List<Seen> seen;
    private final Map<String, Seen> byKey;
    private final Map<String, Seen> numbers;
    private final List<Line> lines;

    /** @param byKey every identifier seen, by its key, in page order */
    private PageEvidence(Map<String, Seen> byKey, Map<String, Seen> numbers, List<Line> lines) {
        this.byKey = byKey;
        this.seen = List.copyOf(byKey.values());
        this.numbers = numbers;
        this.lines = List.copyOf(lines);
    }

    static PageEvidence of(List<PageText> pages) {
        Map<String, Seen> seen = new LinkedHashMap<>();
        Map<String, Seen> numbers = new LinkedHashMap<>();
        List<Line> lines = new ArrayList<>();
        for (PageText page : pages) {
            // A page read turned is searched as it reads upright: its lines run, and its places are named, as the operator sees it.
            for (List<Piece> line : lines(page.upright())) {
                read(page.number(), line, seen, numbers);
                lines.add(line(page.number(), line));
            }
        }
        return new PageEvidence(seen, numbers, lines);
    }

    /** Every identifier seen, in page order, a derived SIREN after the number it was read in. */
    List<Seen> seen() {
        return seen;
    }

    /**
     * Where a number of a kind that has no checksum (a national tax number, a bank account) stands on
     * the pages, when it does: such numbers are looked up, not guessed.
     */
    Optional<Seen> find(SupplierId id) {
        Seen shown = byKey.get(Seen.key(id));
        if (shown != null) {
            return Optional.of(shown);
        }
        if (id.kind() == SupplierId.Kind.NATIONAL || id.kind() == SupplierId.Kind.BANK) {
            return Optional.ofNullable(numbers.get(Identifiers.matchKey(id.kind(), id.value())));
        }
        return Optional.empty();
    }

    List<Line> lines() {
        return lines;
    }

    /** A word or its part between punctuation, with its word's box. */
    private record Piece(String text, Box box) {
    }

    /**
     * The page's words in lines as they stand: words whose middles are level make one line, read left
     * to right. Engines number lines their own way (a text layer may mix two columns' lines); the
     * place on the page is what every engine agrees on.
     */
    private static List<List<Piece>> lines(PageText page) {
        List<Word> words = new ArrayList<>(page.words());
        words.sort(Comparator.comparingDouble((Word w) -> w.box().centerY()).thenComparingDouble(w -> w.box().x0()));
        List<List<Word>> rows = new ArrayList<>();
        List<Word> row = new ArrayList<>();
        // The row's middle and height are averages, kept as sums so that a long line costs no more per word.
        double middles = 0;
        double heights = 0;
        for (Word word : words) {
            if (!row.isEmpty() && Math.abs(word.box().centerY() - middles / row.size()) > 0.5 * Math.max(heights / row.size(), word.box().height())) {
                rows.add(row);
                row = new ArrayList<>();
                middles = 0;
                heights = 0;
            }
            row.add(word);
            middles += word.box().centerY();
            heights += word.box().height();
        }
        if (!row.isEmpty()) {
            rows.add(row);
        }
        List<List<Piece>> lines = new ArrayList<>();
        for (List<Word> level : rows) {
            level.sort(Comparator.comparingDouble(w -> w.box().x0()));
            List<Piece> pieces = new ArrayList<>();
            for (Word word : level) {
                String[] parts = word.text().split("[:;]+|(?<=[A-Za-z])\\((?=\\d)|(?=[|·•,])|(?<=[|·•,])");
                for (String part : parts) {
                    if (!part.isBlank()) {
                        pieces.add(new Piece(part.strip(), word.box()));
                    }
                }
            }
            if (!pieces.isEmpty()) {
                lines.add(pieces);
            }
        }
        return lines;
    }

    private static Line line(int page, List<Piece> pieces) {
        Box box = pieces.getFirst().box();
        StringBuilder text = new StringBuilder();
        for (Piece piece : pieces) {
            box = box.union(piece.box());
            text.append(piece.text()).append(' ');
        }
        String folded = Names.fold(text.toString());
        return new Line(page, box, folded.isEmpty() ? List.of() : List.of(folded.split(" ")), folded,
                text.toString().replaceAll("\\D", ""), segments(pieces));
    }

    /** The parts of a line between separators (a dot in the middle, a bar, a comma, a wide gap), folded. */
    private static List<String> segments(List<Piece> pieces) {
        List<String> segments = new ArrayList<>();
        StringBuilder segment = new StringBuilder();
        Box previous = null;
        for (Piece piece : pieces) {
            boolean gap = previous != null && piece.box().x0() - previous.x1() > 2.5 * Math.max(previous.height(), piece.box().height());
            if (gap || piece.text().matches("[|·•–,-]+")) {
                segments.add(Names.fold(segment.toString()));
                segment.setLength(0);
            }
            if (!piece.text().matches("[|·•–,-]+")) {
                segment.append(piece.text()).append(' ');
            }
            previous = piece.box();
        }
        segments.add(Names.fold(segment.toString()));
        return segments.stream().filter(x -> !x.isEmpty()).toList();
    }

    private static void read(int page, List<Piece> line, Map<String, Seen> seen, Map<String, Seen> numbers) {
        for (int start = 0; start < line.size(); start++) {
            StringBuilder compact = new StringBuilder();
            Box box = line.get(start).box();
            for (int end = start; end < Math.min(line.size(), start + WINDOW); end++) {
                Piece piece = line.get(end);
                box = box.union(piece.box());
                compact.append(piece.text().toUpperCase(Locale.ROOT).replaceAll("[\\s.\\-/]", ""));
                if (compact.length() > 34) {
                    break;
                }
                identifiers(page, compact.toString(), box, seen, numbers);
            }
            phone(page, line, start, seen);
        }
    }

    private static void identifiers(int page, String compact, Box box, Map<String, Seen> seen, Map<String, Seen> numbers) {
        String trimmed = compact.replaceAll("^[^A-Z0-9+]+|[^A-Z0-9]+$", "");
        if (trimmed.isEmpty()) {
            return;
        }
        if (IBAN_SHAPE.matcher(trimmed).matches()) {
            Identifiers.normalize(SupplierId.Kind.IBAN, trimmed).ifPresent(iban -> {
                SupplierId id = new SupplierId(SupplierId.Kind.IBAN, iban);
                add(seen, new Seen(id, page, box, null));
                // The national account inside an IBAN is the account a register may keep.
                Identifiers.normalize(SupplierId.Kind.BANK, iban.substring(4))
                        .ifPresent(bank -> add(seen, new Seen(new SupplierId(SupplierId.Kind.BANK, bank), page, box, id)));
            });
        }
        if (VAT_SHAPE.matcher(trimmed).matches() && trimmed.chars().anyMatch(Character::isDigit)) {
            Identifiers.normalize(SupplierId.Kind.VAT, trimmed).ifPresent(vat -> {
                SupplierId id = new SupplierId(SupplierId.Kind.VAT, vat);
                add(seen, new Seen(id, page, box, null));
                Siren.sirenOfFrenchVat(vat).ifPresent(siren -> add(seen, new Seen(new SupplierId(SupplierId.Kind.SIREN, siren), page, box, id)));
            });
        }
        if (trimmed.chars().allMatch(Character::isDigit)) {
            if (trimmed.length() == 14 && Siren.isValidSiret(trimmed)) {
                SupplierId id = new SupplierId(SupplierId.Kind.SIRET, trimmed);
                add(seen, new Seen(id, page, box, null));
                String siren = trimmed.substring(0, 9);
                if (Siren.isValidSiren(siren)) {
                    add(seen, new Seen(new SupplierId(SupplierId.Kind.SIREN, siren), page, box, id));
                }
            } else if (trimmed.length() == 9 && Siren.isValidSiren(trimmed)) {
                add(seen, new Seen(new SupplierId(SupplierId.Kind.SIREN, trimmed), page, box, null));
            }
        }
        long digits = trimmed.chars().filter(Character::isDigit).count();
        if (trimmed.length() >= 5 && trimmed.length() <= 30 && digits >= 5) {
            String key = trimmed.replaceFirst("^0+", "");
            numbers.putIfAbsent(key, new Seen(new SupplierId(SupplierId.Kind.NATIONAL, key.isEmpty() ? trimmed : key), page, box, null));
        }
    }

    /** A phone or fax number starting at this piece: a run of digit groups beginning with +, ( or 0. */
    private static void phone(int page, List<Piece> line, int start, Map<String, Seen> seen) {
        String first = line.get(start).text();
        if (first.isEmpty() || "+(0".indexOf(first.charAt(0)) < 0 || start > 0 && PHONE_PIECE.matcher(line.get(start - 1).text()).matches()) {
            return;
        }
        StringBuilder raw = new StringBuilder();
        Box box = line.get(start).box();
        int end = start;
        while (end < line.size() && PHONE_PIECE.matcher(line.get(end).text()).matches()) {
            raw.append(line.get(end).text());
            box = box.union(line.get(end).box());
            end++;
        }
        long digits = raw.chars().filter(Character::isDigit).count();
        if (digits < 8 || digits > 15) {
            return;
        }
        StringBuilder before = new StringBuilder();
        for (int i = Math.max(0, start - 3); i < start; i++) {
            before.append(line.get(i).text()).append(' ');
        }
        boolean fax = FAX_LABEL.matcher(before).matches();
        if (!fax && !PHONE_LABEL.matcher(before).matches() && first.charAt(0) != '+' && first.charAt(0) != '(' && raw.indexOf(".") < 0
                && start + 1 == end) {
            // One run of bare digits with no label is more likely a reference than a phone number.
            return;
        }
        SupplierId.Kind kind = fax ? SupplierId.Kind.FAX : SupplierId.Kind.PHONE;
        Box at = box;
        Identifiers.normalize(kind, raw.toString()).ifPresent(n -> add(seen, new Seen(new SupplierId(kind, n), page, at, null)));
    }

    private static void add(Map<String, Seen> seen, Seen one) {
        seen.putIfAbsent(one.key(), one);
    }
}
