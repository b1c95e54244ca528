package io.verifact.extract;

import io.verifact.model.Box;
import io.verifact.model.Candidate;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who sent the invoice and who receives it. The buyer's sections are found first, under their
 * headings ("Client", "Kunde", "Bill to", "Ship to", …) or in the address window under the sender's
 * line, so that nothing in them is ever taken for the supplier's. The supplier's name then comes
 * from the seller's section, a legal form, the sender's line or the letterhead, each made surer by
 * what else the invoice prints ({@link SupplierEvidence}).
 */
final class PartyReader {

    private static final String B = "(?<![\\p{L}])";
    private static final String E = "(?![\\p{L}])";
    /** Legal forms that end a company's name; never after a quantity ("3.5 KG" is a weight). */
    static final Screened LEGAL_FORM = Screened.compile("(?<![\\p{L}\\p{N}])(?<!\\d\\s)(?:sdn\\.?\\s*bhd|bhd|berhad|pte|pvt|gmbh|ag|kg|ohg|gbr|ug|mbh|e\\.\\s?k\\.?|e\\.\\s?v\\.|sarl|s\\.\\s?a\\.?\\s?r\\.\\s?l\\.?|sas|sasu|eurl|sci|snc|scop|selarl|bv|b\\.v\\.?|nv|n\\.v\\.?|vof|bvba|sprl|srl|s\\.r\\.l\\.?|spa|s\\.p\\.a\\.?|ltd|limited|llc|llp|inc|plc|corp|corporation|company|oy|aps|kft|s\\.r\\.o\\.?|sl|s\\.l\\.|s\\.a\\.)" + E);
    private static final Screened WEAK_LEGAL_FORM = Screened.compile(B + "(?:sa|as|ab|co)\\.?\\s*$");
    /**
     * Where a part of a line ends with a weak legal form, the whole line holds it as a word: a line without one has
     * no part to look at.
     */
    private static final Screened WEAK_LEGAL_WORD = Screened.compile(B + "(?:sa|as|ab|co)(?![\\p{L}\\d])");
    /** Spaces and colons before a segment, and spaces and punctuation after it. */
    private static final Pattern SEGMENT_EDGES = Pattern.compile("^[\\s:]+|[\\s,;:]+$");
    /** What sets the parts of a line apart, and where a legal line goes on from the name to its capital. */
    private static final Pattern SEPARATORS = Pattern.compile("\\s+[-–—·|•]\\s+|\\s*[·|•]\\s*|,\\s+"
            + "|\\s+(?i:au\\s+capital|with\\s+(?:a\\s+)?share\\s+capital|share\\s+capital|capital\\s+social|mit\\s+(?:einem\\s+)?(?:stamm|grund)kapital|kapita\\S\\s+zak\\S+adowy)(?=\\s)");
    /**
     * Between the parts of the sender's line above the address window: the same, and a colon standing
     * alone, as OCR may read its middle dots; a line of three parts at least, so that a key and its
     * value ("Période : du 01/11 au 30/11") are no sender.
     */
    private static final Pattern SENDER_SEPARATORS = Pattern.compile(SEPARATORS.pattern() + "|\\s+:\\s+");
    /** A town with its state or postcode, a phone number: address lines, not names. */
    private static final Pattern ADDRESS = Pattern.compile("^[\\p{L} .'-]+,\\s*\\p{Lu}{2}(?:\\s+\\d{5})?$|\\d{3}[ .-]\\d{3}[ .-]\\d{4}|\\+\\d{2}");
    private static final Screened POSTCODE = Screened.compile("(?<![\\d/.-])(?:[A-Z]{1,2}[- ]?)?\\d{4,5}(?!\\d)\\s+\\p{L}|(?<![A-Z0-9])[A-Z]{1,2}\\d[A-Z\\d]? \\d[A-Z]{2}(?![A-Z0-9])");
    private static final Screened NOT_A_NAME = Screened.compile(
            B + "(?:rechnung|invoice|facture|factuur|fattura|factura|faktura|racun|partita|iva|cif|nif|mva|moms|cvr|gutschrift|avoir|seite|page|datum|date|tel|telefon|phone|fax|e-?mail|www|http|iban|bic|ust|vat|tva|btw|siret|siren|steuer|herr|frau|mr|mrs|ms|mme|m\\.|attn|z\\.\\s?hd|zu\\s*handen|ansprechpartner|contact|kunden|customer|client|strasse|straße|str\\.|rue|avenue|chemin|impasse|allee|boulevard|quai|chaussee|weg|laan|straat|gracht|kade|gasse|platz|street|road|lane|drive|postfach|bp|name|nom|naam|nummer|number|numero|anschrift|adresse|address|adres|gln|gtin|konto|account|kontoname|bank|iln"
                    + "|no|contrat|contract|vertrag|contrato|contratto|ref|reference|referenz|order|commande|bestellung|ordine|pedido)" + E
                    // A key that numbers something: Kundennr., Rechnungsnummer.
                    + "|(?:nr|nummer)\\.?(?![a-z])"
                    // A street of a compound name with its number: Bahnhofstraße 2, Kerkstraat 12.
                    + "|(?:str(?:asse|aße|aat)|gracht|laan|gasse|platz|kade|weg|allee|damm|gata|gatan|gade|vej|veien|vei|vagen)\\.?\\s*\\d"
                    // A street named by its kind first, then its number: Calle Pradillo 42, Via Amendola, 2; a post box.
                    + "|^(?:calle|via|viale|piazza|corso|avenida|rua|plaza|carrer|largo|postbus|apartado)\\s+\\D*\\d");

    /** The score of a name some evidence points to, and of one that evidence from elsewhere confirms. */
    private static final double NAMED = 0.8;
    private static final double CONFIRMED = 1.4;
    /** A total's line ("TOTAL 6% SUPPLIES (INC. GST): 16.29") names no company, though its "INC." reads like a legal form. */
    private boolean namesATotal(Phrase p) {
        return !reading.money(p, 0).isEmpty() && (TOTAL_WORD.matcher(p.folded).find() || Labels.find(p).stream().anyMatch(h -> h.weight() >= 0.5
                && (h.concept() == Concept.GROSS || h.concept() == Concept.NET || h.concept() == Concept.DUE)));
    }

    private static final Pattern TOTAL_WORD = Pattern.compile(B + "(?:total|totaal|totale|summe|gesamt)" + E);


    /** The Polish legal form with its letters o read as zeros on a scan: "sp. z 0.0.". */
    private static final Pattern ZEROS_FOR_OS = Pattern.compile("(?i)(\\bsp\\.?\\s*z\\s*)0\\.\\s?0\\.?");

    private static Scored.Choice legalFormAsWritten(Scored.Choice choice) {
        Candidate c = choice.chosen();
        String fixed = ZEROS_FOR_OS.matcher(c.value()).replaceAll("$1o.o.");
        return fixed.equals(c.value()) ? choice
                : new Scored.Choice(new Candidate(fixed, c.printed(), c.confidence(), c.page(), c.box()), choice.others());
    }

    /** The least OCR confidence of a name's words for the name to look sure. */
    private static final double NAME_READ_CLEARLY = 0.92;
    private static final Pattern HOUSE_NUMBER_FIRST = Pattern.compile("^\\d{1,4}\\s+\\p{L}");
    /** The last word of a label that hands over to the name after it: "Sold by", "Bill to", "Adressée à". */
    private static final Pattern HANDING_OVER = Pattern.compile(B + "(?:by|to|for|von|an|par|a|pour|door|aan|voor|por|da)$");
    /** The key of a key/value table whose value is a party's name. */
    private static final Pattern NAME_KEY = Pattern.compile(B + "(?:name|nom|naam|firma|firmenname|company|societe|raison\\s*sociale|bedrijfsnaam|titular|titulaire|inhaber|account\\s*holder)" + E);

    private final Reading reading;
    private final List<PartySection> buyers = new ArrayList<>();
    private final List<PartySection> sellers = new ArrayList<>();
    /** The supplier's name, chosen once: the VAT numbers' owners are told by it too. */
    private Optional<Scored.Choice> supplier;
    private String buyerName;
    private Spot<String> buyerSpot;

    PartyReader(Reading reading) {
        this.reading = reading;
        List<PartySection> named = new ArrayList<>();
        for (Labels.Hit hit : reading.hits(Concept.BUYER)) {
            PartySection section = PartySection.of(reading, hit);
            if (!section.phrases().isEmpty() && section.standing() >= 0.5) {
                buyers.add(section);
                named.add(section);
            }
        }
        for (Phrase sender : senderLines()) {
            PartySection window = PartySection.window(reading, sender);
            Spot<String> name = firstName(window);
            if (name != null && name.phrase() == window.phrases().getFirst() && !POSTCODE.in(name.value())) {
                buyers.add(window);
                named.add(window);
            }
        }
        // The invoice's addressee ("Bill to", "Kunde") names the buyer before a delivery address does.
        named.sort(Comparator.comparingDouble(PartySection::standing).reversed());
        for (PartySection section : named) {
            buyerSpot = firstName(section);
            if (buyerSpot != null) {
                buyerName = buyerSpot.value();
                break;
            }
        }
        if (buyerSpot == null) {
            // No heading named the buyer ("Dossier client : JSP-0412" heads no address): the addressee's block may.
            recipientBlock().ifPresent(block -> {
                buyers.add(block);
                buyerSpot = firstName(block);
                if (buyerSpot != null) {
                    buyerName = buyerSpot.value();
                }
            });
        }
        for (Labels.Hit hit : reading.hits(Concept.SELLER)) {
            PartySection section = PartySection.of(reading, hit);
            if (!section.phrases().isEmpty() && section.standing() >= 0.5) {
                sellers.add(section);
            }
        }
    }

    /**
     * The addressee's block when no heading names it: of the address blocks at the top of the first page
     * (a name, then lines under it in its column down to one with a postcode and a town), the one that is
     * not the sender's. A block is the sender's when it gives a phone, an e-mail or a website, or when its
     * name is printed again elsewhere (the footer's legal lines, the line above the window). The one block
     * without either is the addressee's, where another block is the sender's or, alone, where another
     * company names itself elsewhere on the invoice.
     */
    private Optional<PartySection> recipientBlock() {
        List<List<Phrase>> blocks = addressBlocks();
        // A block with an attention line ("À l'attention de", "Attn:", "z. Hd.", "t.a.v.") is addressed to someone.
        List<List<Phrase>> attended = blocks.stream().filter(b -> b.stream().anyMatch(p -> ATTENTION.matcher(p.folded).find())).toList();
        if (attended.size() == 1) {
            return Optional.of(section(attended.getFirst()));
        }
        List<List<Phrase>> unclaimed = blocks.stream().filter(b -> !sendersBlock(b)).toList();
        if (unclaimed.size() != 1) {
            return Optional.empty();
        }
        List<Phrase> block = unclaimed.getFirst();
        boolean senderElsewhere = blocks.size() > 1 || reading.layout.allPhrases().stream()
                .anyMatch(p -> !block.contains(p) && LEGAL_FORM.in(p.folded));
        if (!senderElsewhere) {
            return Optional.empty();
        }
        return Optional.of(section(block));
    }

    private static PartySection section(List<Phrase> block) {
        Phrase first = block.getFirst();
        Box box = block.stream().map(p -> p.box).reduce(Box::union).orElseThrow();
        return new PartySection(new Labels.Hit(Concept.BUYER, first, 0, 0, ADDRESS_BLOCK), ADDRESS_BLOCK, List.copyOf(block), box);
    }

    /** An attention line, or a person named with their civility ("M. Étienne Morel", "Frau Dr. Ortlieb"). */
    private static final Pattern ATTENTION = Pattern.compile(B + "(?:a\\s*l'attention|attn|attention\\s*(?:of|de)|z\\.?\\s*h(?:d|\\.|anden)|zu\\s*handen|t\\.\\s*a\\.\\s*v|ter\\s*attentie|c/o|care\\s*of|all'attenzione|alla\\s*c\\.a)" + E
            + "|^(?:m|mme|mlle|mr|mrs|ms|herr|frau|dhr|mevr|sig|sr|sra)\\.?\\s+[a-z]");

    /** An addressee's block found by its shape names the buyer less surely than the envelope window. */
    private static final double ADDRESS_BLOCK = 0.7;
    /** How far down the first page an address block may start, and how many lines it holds at most. */
    private static final double BLOCKS_ABOVE = 0.45;
    private static final int BLOCK_LINES = 6;
    private static final Pattern CONTACT = Pattern.compile(B + "(?:tel|telefon|phone|fax|e-?mail|www|http)" + E + "|@");

    private List<List<Phrase>> addressBlocks() {
        List<List<Phrase>> blocks = new ArrayList<>();
        Set<Phrase> taken = new HashSet<>();
        List<Line> lines = reading.layout.lines(1);
        for (int i = 0; i < lines.size() && lines.get(i).box().y0() < BLOCKS_ABOVE; i++) {
            for (Phrase first : lines.get(i).phrases()) {
                if (taken.contains(first) || !isName(first.text) || POSTCODE.in(first.text) || labelled(first)) {
                    continue;
                }
                List<Phrase> block = new ArrayList<>(List.of(first));
                double bottom = first.box.y1();
                for (int j = i + 1; j < lines.size() && block.size() < BLOCK_LINES; j++) {
                    Phrase under = lines.get(j).phrases().stream()
                            .filter(q -> Math.abs(q.box.x0() - first.box.x0()) < 0.02).findFirst().orElse(null);
                    if (under == null && lines.get(j).box().y0() - bottom <= 1.2 * first.height()) {
                        // A line of the other column sorted between two lines of the block.
                        continue;
                    }
                    if (under == null || under.box.y0() - bottom > 1.2 * first.height()) {
                        break;
                    }
                    block.add(under);
                    bottom = under.box.y1();
                }
                if (block.size() >= 2 && block.subList(1, block.size()).stream().anyMatch(q -> POSTCODE.in(q.text))) {
                    blocks.add(block);
                    taken.addAll(block);
                }
            }
        }
        return blocks;
    }

    /** Whether an address block gives the sender's contact, or its name is printed again outside it. */
    private boolean sendersBlock(List<Phrase> block) {
        if (block.stream().anyMatch(p -> CONTACT.matcher(p.folded).find())) {
            return true;
        }
        String name = block.getFirst().folded.strip();
        return name.length() >= 5 && reading.layout.allPhrases().stream().anyMatch(p -> !block.contains(p) && p.folded.contains(name));
    }

    /** Whether a place on a page lies in the buyer's address block or section. */
    boolean inBuyerBlock(int page, Box box) {
        // Asked of every phrase by several readers: a loop, without a stream and a lambda made at each call.
        for (PartySection buyer : buyers) {
            if (buyer.holds(page, box)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a place on a page lies in a section the seller's heading owns. */
    boolean inSellerBlock(int page, Box box) {
        return sellers.stream().anyMatch(s -> s.holds(page, box));
    }

    Scored buyerName() {
        Scored scored = new Scored();
        if (buyerSpot != null && !buyerName.isBlank()) {
            scored.add(buyerName, buyerSpot, 1);
        }
        return scored;
    }

    /**
     * The supplier's name. Sure only where two places on the invoice agree on it: the seller's
     * section or the letterhead, and the supplier's own e-mail domain or its footer beside its VAT
     * number; otherwise the operator is asked to look.
     */
    Optional<Scored.Choice> supplier() {
        if (supplier == null) {
            Scored scored = supplierName();
            double best = scored.isEmpty() ? 0 : scored.ranked().getFirst().getValue();
            double sure = best >= CONFIRMED ? 0.92 : best >= NAMED ? 0.85 : 0.85 * 0.75;
            // No check holds a name: one letter misread on a scan ("Ouifitters") makes it wrong, so only a
            // name read clearly can look sure.
            if (!scored.isEmpty() && scored.readConfidence(scored.ranked().getFirst().getKey()) < NAME_READ_CLEARLY) {
                sure = Math.min(sure, 0.85);
            }
            supplier = best < NAMED / 2 ? Optional.empty() : scored.choose(sure).map(PartyReader::legalFormAsWritten);
        }
        return supplier;
    }

    Scored supplierName() {
        SupplierEvidence evidence = new SupplierEvidence(reading, this);
        Scored scored = new Scored();
        for (Labels.Hit hit : reading.hits(Concept.SELLER)) {
            PartySection section = PartySection.of(reading, hit);
            Spot<String> name = firstName(section);
            if (name != null && !inBuyerBlock(name.page(), name.box())) {
                scored.add(name.value(), name, 1.2 * section.standing() + evidence.of(name.value(), name.phrase()));
            }
        }
        Set<String> seen = new HashSet<>();
        String buyer = buyerName != null && buyerName.length() > 3 ? Fold.fold(buyerName) : null;
        for (Phrase p : reading.layout.allPhrases()) {
            if (inBuyerBlock(p.page, p.box) || buyer != null && p.folded.contains(buyer) || namesATotal(p)) {
                continue;
            }
            MatchResult legal = LEGAL_FORM.first(p.folded);
            boolean found = legal != null;
            String name;
            if (found) {
                int at = legal.start();
                name = segmentAround(p.text, at, legal.end());
                if (at >= 2 && p.folded.startsWith(", ", at - 2) && withoutLegalForm(name).chars().noneMatch(Character::isLetter)) {
                    // "Acme Signal, Inc.": the form after its comma belongs to the name before it.
                    name = segmentAround(p.text, at - 1, legal.end());
                }
            } else if (!WEAK_LEGAL_WORD.in(p.folded)) {
                continue;
            } else {
                // "SA", "AB", "AS" are legal forms only where they end a name: a line's end, or a part of a
                // footer before its separator ("Ardenergie SA · Boulevard … · TVA BE …").
                name = java.util.Arrays.stream(SEPARATORS.split(p.text)).map(String::strip)
                        .filter(part -> WEAK_LEGAL_FORM.in(Fold.fold(part))).findFirst().orElse(null);
                if (name == null) {
                    continue;
                }
            }
            if (!isName(name)) {
                continue;
            }
            double score = (found ? 0.6 : 0.4) + position(p) + (seen.add(Fold.fold(name)) ? 0 : 0.15) + evidence.of(name, p);
            scored.add(name, new Spot<>(name, p, 0, p.text.length(), 1), score);
        }
        senderLine(scored, evidence);
        largestHeading(scored, evidence);
        return scored;
    }

    /**
     * The first phrase of a section that reads as a name. A key ("Name:") hands over to its value;
     * the values of other keys ("Telefon:", "Ansprechpartner:") are no names.
     */
    private Spot<String> firstName(PartySection section) {
        Labels.Hit hit = section.heading();
        Set<Phrase> notNames = Collections.newSetFromMap(new IdentityHashMap<>());
        Spot<String> person = null;
        for (Phrase p : section.phrases()) {
            if (notNames.contains(p)) {
                continue;
            }
            int start = p == hit.phrase() ? PartySection.after(hit) : 0;
            Phrase value = p;
            if (PartySection.isKey(reading, p)) {
                List<Phrase> line = reading.layout.lineOf(p).phrases();
                int at = line.indexOf(p);
                if (at + 1 >= line.size()) {
                    continue;
                }
                value = line.get(at + 1);
                notNames.add(value);
                if (!NAME_KEY.matcher(p.folded).find() && NOT_A_NAME.in(p.folded)) {
                    continue;
                }
                start = value.text.startsWith(":") ? 1 : 0;
            }
            // A label that hands over to what follows ("Sold by ACME Ltd", "Seller: ACME Ltd") is no part of
            // the name; a role word without either may be its first word ("Seller Company").
            String name = start > 0 && value == p && handsOver(hit)
                    ? segmentAround(value.text.substring(start), 0, value.text.length() - start)
                    : segmentAround(value.text, start, value.text.length());
            // What a "Name:" key announces is the name, whatever words it holds; a town with its postcode never is.
            boolean named = value != p && NAME_KEY.matcher(p.folded).find() && !name.contains("@") && Text.letters(name) >= 3;
            if ((named || isName(name)) && !POSTCODE.in(name)) {
                return new Spot<>(name, value, start, value.text.length(), 1);
            }
            // A person the invoice is addressed to, with their civility ("M. Jean Dupont", "Frau Dr. Anna Berg"):
            // the name when the section has no other, not the contact under a company's name.
            if (person == null && PERSON.matcher(Fold.fold(name).strip()).matches()) {
                person = new Spot<>(name, value, start, value.text.length(), 1);
            }
        }
        return person;
    }

    /** A civility, then two to four words of a name and nothing else. */
    private static final Pattern PERSON = Pattern.compile(
            "(?:m\\.|mme\\.?|mlle\\.?|mr\\.?|mrs\\.?|ms\\.?|herr|frau|dhr\\.?|mevr\\.?|sig\\.|sig\\.ra|sr\\.|sra\\.?)\\s+(?:(?:dr|prof)\\.?\\s+)?\\p{L}[\\p{L}'.-]*(?:\\s+\\p{L}[\\p{L}'-]*){1,3}");

    /** Pages start with the sender: the top of the first page weighs most, the footer some. */
    private double position(Phrase p) {
        if (p.page == 1 && p.box.y0() < 0.25) {
            return 0.25;
        }
        return p.box.y0() > 0.8 ? 0.15 : 0;
    }

    /** The small line above the address window: "Sender GmbH · Street 1 · 12345 Town". */
    private void senderLine(Scored scored, SupplierEvidence evidence) {
        for (Phrase p : senderLines()) {
            if (!inBuyerBlock(p.page, p.box)) {
                String first = SENDER_SEPARATORS.split(p.text)[0].strip();
                scored.add(first, new Spot<>(first, p, 0, first.length(), 1), 0.65 + evidence.of(first, p));
            }
        }
    }

    private List<Phrase> senderLines() {
        List<Phrase> found = new ArrayList<>();
        for (Line line : reading.layout.lines(1)) {
            if (line.box().y0() > 0.4) {
                break;
            }
            for (Phrase p : line.phrases()) {
                if (!POSTCODE.in(p.text)) {
                    continue;
                }
                String[] parts = SENDER_SEPARATORS.split(p.text);
                if (parts.length >= (p.text.contains(" : ") ? 3 : 2)) {
                    String first = parts[0].strip();
                    // A line that starts with a house number ("21 High St, Bristol BS1 2AW") is an address.
                    if (isName(first) && !POSTCODE.in(first) && !HOUSE_NUMBER_FIRST.matcher(first).find()) {
                        found.add(p);
                    }
                }
            }
        }
        return found;
    }

    /**
     * The letterhead: the first lines of the first page that read as a name and not as an address,
     * a phone number or a label; the tallest of them weighs most, as a logo's name is printed large.
     */
    private void largestHeading(Scored scored, SupplierEvidence evidence) {
        List<Phrase> heads = new ArrayList<>();
        int lines = 0;
        for (Line line : reading.layout.lines(1)) {
            if (line.box().y0() > 0.3 || lines++ >= 8) {
                break;
            }
            for (Phrase p : line.phrases()) {
                if (isName(p.text) && !inBuyerBlock(p.page, p.box) && !labelled(p) && !ADDRESS.matcher(p.text).find()
                        && !POSTCODE.in(p.text) && !HOUSE_NUMBER_FIRST.matcher(p.text).find()
                        && !PartySection.isSentence(p.folded)) {
                    heads.add(p);
                }
            }
        }
        double tallest = heads.stream().mapToDouble(Phrase::height).max().orElse(0);
        for (int i = 0; i < heads.size(); i++) {
            Phrase p = heads.get(i);
            double score = 0.35 + (p.height() >= tallest * 0.95 ? 0.1 : 0) + (i == 0 ? 0.05 : 0);
            scored.add(p.text.strip(), new Spot<>(p.text, p, 0, p.text.length(), 1), score + evidence.of(p.text, p));
        }
    }

    /** Whether a label ends in a colon or in a word that hands over to a name: by, to, von, par, door, aan. */
    private static boolean handsOver(Labels.Hit hit) {
        String folded = hit.phrase().folded;
        String label = folded.substring(hit.start(), hit.end()).strip();
        return label.endsWith(":") || folded.substring(hit.end()).stripLeading().startsWith(":") || HANDING_OVER.matcher(label).find();
    }

    /**
     * Whether a phrase holds a label. Weak ones do not count: "van" and "du" may open a period
     * ("du 01/11 au 30/11"), and they are just as often part of a name (Van Dijk, Garage du Parc).
     */
    private static boolean labelled(Phrase p) {
        return Labels.find(p).stream().anyMatch(hit -> hit.weight() >= 0.5);
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
        return SEGMENT_EDGES.matcher(text.substring(from, to)).replaceAll("");
    }

    /** A name folded, without its legal form: "Ardenergie SA" is "ardenergie". */
    static String withoutLegalForm(String name) {
        String folded = LEGAL_FORM.pattern().matcher(Fold.fold(name)).replaceAll(" ");
        return WEAK_LEGAL_FORM.pattern().matcher(folded).replaceAll(" ").strip();
    }

    private static boolean isName(String text) {
        String folded = Fold.fold(text);
        long letters = folded.chars().filter(Character::isLetter).count();
        return letters >= 3 && letters * 2 >= folded.replace(" ", "").length() && text.length() <= 80
                && !NOT_A_NAME.in(folded) && !folded.contains("@") && Dates.find(folded).isEmpty() && !Dates.isMonthAndYear(folded)
                && !COUNTRY.matcher(folded.strip()).matches();
    }

    /** A country alone on its line ends an address; it names no party. */
    private static final Pattern COUNTRY = Pattern.compile("(?:france|deutschland|germany|osterreich|austria|belgique|belgie|belgien|belgium|nederland|netherlands|the netherlands"
            + "|espana|spain|italia|italy|portugal|luxembourg|luxemburg|schweiz|suisse|svizzera|switzerland|royaume-uni|united kingdom|uk|great britain|ireland|irlande"
            + "|polska|poland|usa|united states|canada|australia|norway|norge|sverige|sweden|danmark|denmark|suomi|finland)\\.?");
}
