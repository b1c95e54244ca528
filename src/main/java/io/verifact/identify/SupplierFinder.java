package io.verifact.identify;

import io.verifact.check.Identifiers;
import io.verifact.check.Siren;
import io.verifact.check.VatNumbers;
import io.verifact.identify.PageEvidence.Line;
import io.verifact.identify.PageEvidence.Seen;
import io.verifact.model.Address;
import io.verifact.model.Candidate;
import io.verifact.model.Dossier;
import io.verifact.model.FieldKey;
import io.verifact.model.FieldValue;
import io.verifact.model.PageText;
import io.verifact.model.Recognition;
import io.verifact.model.Supplier;
import io.verifact.model.SupplierId;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import static java.util.function.Predicate.not;

/**
 * Finds an invoice's supplier and client file in the registers, the way an accountant would, in a
 * fixed order, writing every step down:
 * <ol>
 * <li>the identifiers of the client files (and of the firm) are set aside first: they name the client
 *     file, never the supplier;</li>
 * <li>a keyword rule an operator made (a word, an address, a phone number on the page) wins over all else;</li>
 * <li>then the identifiers printed, in the order of {@link SupplierId.Kind}, stopping at the first that
 *     finds one supplier; only identifiers whose check digits hold count;</li>
 * <li>then the name, fuzzily, long names only, narrowed by the address;</li>
 * <li>then the client file's account mappings, never over a keyword rule;</li>
 * <li>and an unknown supplier is proposed for creation, with an account built by the client file's rule.</li>
 * </ol>
 */
public final class SupplierFinder {

    /** How alike a name on the page must be to a register's name to identify the supplier. */
    static final double NAME_ENOUGH = 0.88;
    /** A single word shorter than this is a common word more often than a company's whole name. */
    private static final int DISTINCTIVE = 8;
    /** What a supplier's name loses when a client file of the same name stands on the page too. */
    private static final double CLIENT_NAME = 0.2;

    private final List<Supplier> register;
    private final List<Dossier> dossiers;
    private final Map<String, List<Supplier>> byKey = new HashMap<>();
    private final Map<String, List<Dossier>> dossiersByKey = new HashMap<>();
    private final Map<String, List<Supplier>> byCore = new HashMap<>();
    private final Map<String, List<Supplier>> byPrefix = new HashMap<>();
    private final Map<String, Integer> position = new HashMap<>();

    public SupplierFinder(List<Supplier> register) {
        this(register, List.of());
    }

    public SupplierFinder(List<Supplier> register, List<Dossier> dossiers) {
        this.register = List.copyOf(register);
        this.dossiers = List.copyOf(dossiers);
        for (int i = 0; i < this.register.size(); i++) {
            Supplier s = this.register.get(i);
            position.put(s.id(), i);
            for (SupplierId id : s.identifiers()) {
                byKey.computeIfAbsent(Seen.key(id), k -> new ArrayList<>()).add(s);
            }
            String core = Names.core(s.name());
            if (core.length() >= Names.LONG_ENOUGH) {
                byCore.computeIfAbsent(core, k -> new ArrayList<>()).add(s);
                byPrefix.computeIfAbsent(core.substring(0, 3), k -> new ArrayList<>()).add(s);
            }
        }
        for (Dossier d : this.dossiers) {
            for (SupplierId id : withInner(d.identifiers())) {
                dossiersByKey.computeIfAbsent(Seen.key(id), k -> new ArrayList<>()).add(d);
            }
        }
    }

    public List<Supplier> register() {
        return register;
    }

    /** From the fields read alone, without the pages. */
    public Identification identify(Recognition recognition) {
        return identify(recognition, List.of(), null);
    }

    public Identification identify(Recognition recognition, List<PageText> pages) {
        return identify(recognition, pages, null);
    }

    /**
     * @param pages the invoice's pages, searched for every identifier, name and keyword they print
     * @param given the client file the invoice was put into, or null to find it
     */
    public Identification identify(Recognition recognition, List<PageText> pages, Dossier given) {
        PageEvidence page = PageEvidence.of(pages);
        List<String> log = new ArrayList<>();
        List<Seen> seen = seen(recognition, page);

        // 1. The client's identifiers name the client file and nothing else.
        Set<String> suppressed = new HashSet<>();
        Dossier byIdentifier = null;
        String dossierBy = "";
        for (Seen s : seen) {
            List<Dossier> owners = dossiersByKey.get(s.key());
            if (owners == null) {
                continue;
            }
            suppressed.add(s.key());
            Dossier owner = owners.stream().filter(d -> !d.firm()).findFirst().orElse(owners.getFirst());
            if (s.within() == null || !suppressed.contains(Seen.key(s.within()))) {
                log.add("Buyer's " + s.id() + " " + s.place() + " ignored: " + (owner.firm() ? "it is the firm's own" : "client file " + owner.name()));
            }
            if (byIdentifier == null || byIdentifier.firm() && !owner.firm()) {
                byIdentifier = owner;
                dossierBy = s.id().kind().key();
            }
        }
        for (String buyer : buyerIdentifiers(recognition)) {
            String key = Seen.key(new SupplierId(buyer.length() == 9 ? SupplierId.Kind.SIREN : SupplierId.Kind.VAT, buyer));
            if (suppressed.add(key)) {
                log.add("VAT " + buyer + " is printed as the buyer's: ignored for the supplier.");
            }
        }
        Set<Part> buyerLines = new HashSet<>();
        Dossier dossier;
        if (given != null) {
            dossier = given;
            dossierBy = "given";
            log.add("Client file " + given.name() + ", as the invoice was filed.");
        } else if (byIdentifier != null) {
            dossier = byIdentifier;
            log.add("Client file " + dossier.name() + ", by its " + SupplierId.Kind.fromKey(dossierBy).words() + " on the invoice.");
        } else {
            Optional<NameMatch<Dossier>> named = dossierByName(recognition, page);
            dossier = named.map(NameMatch::party).orElse(null);
            dossierBy = named.isPresent() ? "name" : "";
            named.ifPresent(n -> log.add("Client file " + n.party().name() + ", by its name " + n.where() + "."));
        }
        if (dossier != null) {
            String core = Names.core(dossier.name());
            for (Line line : page.lines()) {
                for (int i = 0; i < line.segments().size(); i++) {
                    if (core.length() >= 3 && segmentHolds(line.segments().get(i), core)) {
                        buyerLines.add(new Part(line, i));
                    }
                }
            }
        } else if (!dossiers.isEmpty()) {
            log.add("No client file's identifier or name is on the invoice.");
        }
        Set<String> excluded = theBuyer(dossier, log);
        Set<String> clients = new HashSet<>();
        for (Dossier d : dossiers) {
            String core = Names.core(d.name());
            if (core.length() >= Names.LONG_ENOUGH && page.lines().stream().anyMatch(l -> joinedHolds(l, core))) {
                clients.add(core);
            }
        }

        Identification found = find(recognition, page, new Context(seen, suppressed, excluded, buyerLines, clients), log);
        return settle(found, recognition, page, seen, suppressed, dossier, dossierBy);
    }

    /**
     * What the first step found out about the page, for the others.
     *
     * @param seen every identifier on the page, the supplier fields' first
     * @param suppressed the identifiers that are a client's, by key
     * @param excluded the suppliers that are the client file itself, by id
     * @param buyerLines the parts of lines that hold the client file's name
     * @param clients the names (cores) of every client file the page shows
     */
    private record Context(List<Seen> seen, Set<String> suppressed, Set<String> excluded, Set<Part> buyerLines, Set<String> clients) {
    }

    /** Steps 2 to 4: keyword rules, identifiers, names. */
    private Identification find(Recognition recognition, PageEvidence page, Context context, List<String> log) {
        List<Seen> seen = context.seen();
        Set<String> suppressed = context.suppressed();
        Set<String> excluded = context.excluded();
        // 2. An operator's keyword rule wins over everything else.
        for (Supplier s : register) {
            if (excluded.contains(s.id())) {
                continue;
            }
            for (String keyword : s.keywords()) {
                Optional<Line> at = keyword(page, keyword);
                if (at.isPresent()) {
                    log.add("Keyword \"" + keyword + "\" found " + Place.of(at.get().page(), at.get().box()) + " → supplier " + s.name()
                            + " (keyword rule)");
                    return result(s, "keyword", List.of(), log);
                }
            }
        }
        // 3. The identifiers, strongest kind first.
        List<Supplier> shared = List.of();
        String sharedBy = "";
        for (SupplierId.Kind kind : SupplierId.Kind.values()) {
            for (Map.Entry<Seen, List<Supplier>> hit : hits(kind, page, seen, suppressed, excluded).entrySet()) {
                Seen s = hit.getKey();
                List<Supplier> found = hit.getValue();
                if (shared.isEmpty() && found.size() == 1) {
                    log.add(s.id() + " found " + s.place() + inside(s) + " → supplier " + found.getFirst().name());
                    return result(found.getFirst(), kind.key(), List.of(), log);
                }
                if (shared.isEmpty()) {
                    shared = found;
                    sharedBy = kind.key();
                    log.add(s.id() + " found " + s.place() + inside(s) + " is shared by " + found.size() + " suppliers: "
                            + String.join(", ", found.stream().map(Supplier::name).toList()));
                    continue;
                }
                List<Supplier> narrowed = found.stream().filter(shared::contains).toList();
                if (narrowed.size() == 1) {
                    log.add(s.id() + " found " + s.place() + " is only " + narrowed.getFirst().name() + "'s → supplier " + narrowed.getFirst().name());
                    List<Supplier> others = shared.stream().filter(o -> !o.equals(narrowed.getFirst())).toList();
                    return result(narrowed.getFirst(), kind.key(), others, log);
                }
            }
        }
        if (!shared.isEmpty()) {
            Set<String> others = new HashSet<>(excluded);
            register.stream().filter(not(shared::contains)).forEach(s -> others.add(s.id()));
            Optional<Identification> named = byName(recognition, page, others, context, new ArrayList<>());
            if (named.isPresent() && named.get().candidates().isEmpty()) {
                Supplier only = named.get().supplier().orElseThrow();
                log.add("Of those, only " + only.name() + "'s name is on the invoice → supplier " + only.name());
                List<Supplier> rest = shared.stream().filter(o -> !o.equals(only)).toList();
                return result(only, sharedBy, rest, log);
            }
            log.add("Nothing else tells them apart: the first in the register is taken → supplier " + shared.getFirst().name());
            return result(shared.getFirst(), sharedBy, shared.subList(1, shared.size()), log);
        }
        // 4. The name, narrowed by the address.
        Optional<Identification> named = byName(recognition, page, excluded, context, log);
        if (named.isPresent()) {
            return named.get();
        }
        log.add(register.isEmpty() ? "The supplier register is empty."
                : "No supplier of the register has an identifier, keyword or the name printed on this invoice.");
        return new Identification(Optional.empty(), "", List.of(), log);
    }

    /** Step 5 and 6: the account, its mapping in the client file; a proposal for an unknown supplier. */
    private Identification settle(Identification found, Recognition recognition, PageEvidence page, List<Seen> seen,
                                  Set<String> suppressed, Dossier dossier, String dossierBy) {
        if (found.supplier().isPresent()) {
            return booked(found, dossier, dossierBy);
        }
        List<String> log = new ArrayList<>(found.log());
        Optional<NewSupplier> proposal = proposal(recognition, seen, suppressed, dossier);
        proposal.ifPresent(p -> log.add(p.existing().map(e -> "Creating " + p.name() + " would repeat supplier " + e.name()
                + ", which has the same " + sameUnique(p, e) + ": use it instead.")
                .orElse("Unknown supplier " + p.name() + " can be created with account " + p.account() + ".")));
        return new Identification(Optional.empty(), found.matchedBy(), found.candidates(), log, Optional.ofNullable(dossier), dossierBy,
                Optional.empty(), proposal);
    }

    /**
     * The same identification with its supplier found another way (the layout of one of its masks), booked
     * as any: on its account after the client file's mappings, and said when it is blocked.
     */
    public Identification withSupplier(Identification found, Supplier supplier, String by, String why) {
        List<String> log = new ArrayList<>(found.log());
        log.add(why);
        return booked(new Identification(Optional.of(supplier), by, List.of(), log), found.dossier().orElse(null), found.dossierMatchedBy());
    }

    /** A supplier found: its account in the client file, after the file's account mappings; whether it is blocked. */
    private Identification booked(Identification found, Dossier dossier, String dossierBy) {
        List<String> log = new ArrayList<>(found.log());
        Optional<Supplier> supplier = found.supplier();
        Optional<String> account = supplier.flatMap(s -> s.account(dossier == null ? null : dossier.id()));
        String matchedBy = found.matchedBy();
        List<Supplier> candidates = found.candidates();
        if (account.isPresent() && dossier != null && dossier.mappings().containsKey(account.get())) {
            String mapped = dossier.mappings().get(account.get());
            if (matchedBy.equals("keyword")) {
                log.add("Account mapping " + account.get() + " → " + mapped + " of client file " + dossier.name()
                        + " not applied: a keyword rule chose the supplier.");
            } else {
                Supplier detected = supplier.get();
                Optional<Supplier> holder = register.stream().filter(s -> s.account(dossier.id()).filter(mapped::equals).isPresent()).findFirst();
                log.add("Account mapping of client file " + dossier.name() + ": " + account.get() + " → " + mapped
                        + holder.filter(h -> !h.equals(detected)).map(h -> " → supplier " + h.name()).orElse(""));
                if (holder.isPresent() && !holder.get().equals(detected)) {
                    candidates = Stream.concat(Stream.of(detected), candidates.stream()).filter(c -> !c.equals(holder.get())).toList();
                    supplier = holder;
                }
                account = Optional.of(mapped);
            }
        }
        supplier.filter(Supplier::blocked).ifPresent(s -> log.add("Supplier " + s.name() + " is blocked in the register."));
        return new Identification(supplier, matchedBy, candidates, log, Optional.ofNullable(dossier), dossierBy, account, Optional.empty());
    }

    private Identification result(Supplier s, String by, List<Supplier> others, List<String> log) {
        return new Identification(Optional.of(s), by, others, log);
    }

    /** The identifiers to look up: the supplier fields read first (the reader placed them), then all the pages show. */
    private static List<Seen> seen(Recognition recognition, PageEvidence page) {
        Map<String, Seen> all = new LinkedHashMap<>();
        for (SupplierId.Kind kind : List.of(SupplierId.Kind.VAT, SupplierId.Kind.SIRET, SupplierId.Kind.SIREN, SupplierId.Kind.IBAN)) {
            FieldValue field = recognition.fields().get(field(kind));
            if (field == null) {
                continue;
            }
            Stream.concat(Stream.of(field.value()), field.alternatives().stream().map(Candidate::value))
                    .flatMap(v -> Identifiers.normalize(kind, v).stream())
                    .map(v -> new Seen(new SupplierId(kind, v), Math.max(1, field.page()), field.box(), null))
                    .forEach(s -> {
                        all.putIfAbsent(s.key(), s);
                        if (kind == SupplierId.Kind.VAT) {
                            Siren.sirenOfFrenchVat(s.id().value()).ifPresent(siren -> all.putIfAbsent(Seen.key(new SupplierId(SupplierId.Kind.SIREN, siren)),
                                    new Seen(new SupplierId(SupplierId.Kind.SIREN, siren), s.page(), s.box(), s.id())));
                        }
                    });
        }
        for (Seen s : page.seen()) {
            all.putIfAbsent(s.key(), s);
        }
        return new ArrayList<>(all.values());
    }

    /** The suppliers each identifier of the kind finds, in the order the identifiers were seen. */
    private Map<Seen, List<Supplier>> hits(SupplierId.Kind kind, PageEvidence page, List<Seen> seen, Set<String> suppressed, Set<String> excluded) {
        Map<Seen, List<Supplier>> hits = new LinkedHashMap<>();
        if (kind == SupplierId.Kind.NATIONAL || kind == SupplierId.Kind.BANK) {
            // Numbers without check digits are looked up from the register's side: only a number the register knows counts.
            Map<Seen, List<Supplier>> found = new LinkedHashMap<>();
            for (Supplier s : register) {
                if (excluded.contains(s.id())) {
                    continue;
                }
                for (String value : s.identifiers(kind)) {
                    SupplierId id = new SupplierId(kind, value);
                    page.find(id).filter(at -> !suppressed.contains(Seen.key(id)) && !suppressed.contains(at.key()))
                            .filter(at -> !dossiersByKey.containsKey(Seen.key(id)))
                            .ifPresent(at -> found.computeIfAbsent(new Seen(id, at.page(), at.box(), null), k -> new ArrayList<>()).add(s));
                }
            }
            return found;
        }
        for (Seen s : seen) {
            if (s.id().kind() != kind || suppressed.contains(s.key())) {
                continue;
            }
            List<Supplier> found = byKey.getOrDefault(s.key(), List.of()).stream().filter(x -> !excluded.contains(x.id())).toList();
            if (!found.isEmpty()) {
                hits.put(s, found);
            }
        }
        return hits;
    }

    private static String inside(Seen s) {
        return s.within() == null ? "" : " (inside " + s.within() + ")";
    }

    /** Suppliers that are the client file itself (the same VAT number, SIREN or name): never the supplier of its invoices. */
    private Set<String> theBuyer(Dossier dossier, List<String> log) {
        Set<String> excluded = new HashSet<>();
        if (dossier == null) {
            return excluded;
        }
        Set<String> keys = new HashSet<>();
        withInner(dossier.identifiers()).stream().filter(i -> i.kind().unique()).forEach(i -> keys.add(Seen.key(i)));
        String core = Names.core(dossier.name());
        for (Supplier s : register) {
            boolean same = s.identifiers().stream().anyMatch(i -> keys.contains(Seen.key(i)))
                    || core.length() >= Names.LONG_ENOUGH && core.equals(Names.core(s.name()));
            if (same) {
                excluded.add(s.id());
                log.add("Supplier " + s.name() + " is the client file " + dossier.name() + " itself: not taken for the supplier.");
            }
        }
        return excluded;
    }

    private static Optional<Line> keyword(PageEvidence page, String keyword) {
        String folded = Names.fold(keyword);
        String printed = keyword.replaceAll("\\D", "");
        // Leading zeros are a trunk prefix the page may not print; a number of zeros alone is no number.
        String digits = printed.replaceFirst("^0+", "");
        boolean number = digits.length() >= 6 && printed.length() * 2 > keyword.replaceAll("\\s", "").length();
        for (Line line : page.lines()) {
            if (number ? line.digits().contains(digits) : line.holds(folded)) {
                return Optional.of(line);
            }
        }
        return Optional.empty();
    }

    /** A register's party whose name stands on the page, how alike and where. */
    private record NameMatch<T>(T party, double score, String where, Line line) {
    }

    private Optional<Identification> byName(Recognition recognition, PageEvidence page, Set<String> excluded, Context context,
                                            List<String> log) {
        Set<Part> buyerLines = context.buyerLines();
        Map<Supplier, NameMatch<Supplier>> best = new LinkedHashMap<>();
        Optional<String> read = recognition.value(FieldKey.SUPPLIER_NAME);
        if (read.isPresent()) {
            String core = Names.core(read.get());
            for (Supplier s : near(core)) {
                double score = Names.likeness(core, Names.core(s.name()));
                if (score >= NAME_ENOUGH) {
                    keep(best, new NameMatch<>(s, score, "read as the supplier's name", null));
                }
            }
        }
        for (Line line : page.lines()) {
            for (int i = 0; i < line.segments().size(); i++) {
                if (!buyerLines.contains(new Part(line, i))) {
                    scan(Names.tokens(line.segments().get(i)), (s, score) -> keep(best, new NameMatch<>(s, score, Place.of(line.page(), line.box()), line)));
                }
            }
        }
        List<NameMatch<Supplier>> matches = best.values().stream().filter(m -> !excluded.contains(m.party().id()))
                .filter(m -> distinctive(m, read)).toList();
        if (matches.isEmpty()) {
            return Optional.empty();
        }
        Map<Supplier, Double> scores = new LinkedHashMap<>();
        for (NameMatch<Supplier> m : matches) {
            String core = Names.core(m.party().name());
            // A name that is also a client file's on this page is more likely the buyer's than the supplier's.
            double client = context.clients().contains(core) ? CLIENT_NAME : 0;
            scores.put(m.party(), m.score() + addressBonus(m.party().address(), page, buyerLines) + Math.min(0.05, core.length() / 400.0) - client);
        }
        double top = scores.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
        List<Supplier> tied = scores.entrySet().stream().filter(e -> e.getValue() >= top - 1e-9).map(Map.Entry::getKey)
                .sorted(Comparator.comparingInt(s -> position.getOrDefault(s.id(), Integer.MAX_VALUE))).toList();
        Supplier chosen = tied.getFirst();
        NameMatch<Supplier> how = matches.stream().filter(m -> m.party().equals(chosen)).findFirst().orElseThrow();
        String chosenCore = Names.core(chosen.name());
        List<Supplier> alike = matches.stream().map(NameMatch::party).filter(s -> !s.equals(chosen))
                .filter(s -> Names.core(s.name()).equals(chosenCore) || tied.contains(s)).distinct().toList();
        log.add("No identifier of the register on the invoice; the name " + chosen.name() + " " + how.where()
                + (how.score() < 1 ? String.format(Locale.ROOT, " (%.0f %% alike)", 100 * how.score()) : "")
                + " → supplier " + chosen.name()
                + (alike.isEmpty() ? "" : "; " + alike.size() + " other supplier" + (alike.size() > 1 ? "s" : "") + " of that name to choose from"));
        return Optional.of(result(chosen, "name", alike, log));
    }

    /**
     * A short or one-word name identifies only where it stands alone in its part of the line (as in
     * {@code Seller Ltd · 1 High Street}) or was read as the supplier's name: elsewhere it is a common word.
     */
    private static boolean distinctive(NameMatch<Supplier> match, Optional<String> read) {
        String core = Names.core(match.party().name());
        long words = Names.tokens(match.party().name()).stream().filter(t -> !Names.form(t)).count();
        if (words >= 2 && core.length() >= DISTINCTIVE || core.length() >= DISTINCTIVE + 2 || match.line() == null) {
            return true;
        }
        for (String segment : match.line().segments()) {
            String alone = String.join("", Names.tokens(segment).stream().filter(t -> !Names.form(t)).toList());
            if (Names.likeness(alone, core) >= NAME_ENOUGH) {
                return true;
            }
        }
        return read.map(r -> Names.likeness(Names.core(r), core) >= NAME_ENOUGH).orElse(false);
    }

    private static <T> void keep(Map<T, NameMatch<T>> best, NameMatch<T> match) {
        NameMatch<T> held = best.get(match.party());
        if (held == null || match.score() > held.score()) {
            best.put(match.party(), match);
        }
    }

    /** Every register name standing in the line, as runs of its words joined, with how alike. */
    private void scan(List<String> tokens, java.util.function.BiConsumer<Supplier, Double> found) {
        for (int start = 0; start < tokens.size(); start++) {
            if (Names.form(tokens.get(start))) {
                continue;
            }
            StringBuilder joined = new StringBuilder();
            for (int end = start; end < Math.min(tokens.size(), start + 8); end++) {
                if (!Names.form(tokens.get(end))) {
                    joined.append(tokens.get(end));
                }
                String text = joined.toString();
                if (text.length() < Names.LONG_ENOUGH) {
                    continue;
                }
                for (Supplier s : byCore.getOrDefault(text, List.of())) {
                    found.accept(s, 1.0);
                }
                if (text.length() >= 6) {
                    for (Supplier s : byPrefix.getOrDefault(text.substring(0, 3), List.of())) {
                        double score = Names.likeness(text, Names.core(s.name()));
                        if (score >= NAME_ENOUGH && score < 1) {
                            found.accept(s, score);
                        }
                    }
                }
                if (text.length() > 40) {
                    break;
                }
            }
        }
    }

    private List<Supplier> near(String core) {
        if (core.length() < Names.LONG_ENOUGH) {
            return List.of();
        }
        Set<Supplier> near = new LinkedHashSet<>(byCore.getOrDefault(core, List.of()));
        near.addAll(byPrefix.getOrDefault(core.substring(0, 3), List.of()));
        return List.copyOf(near);
    }

    /** A little more for a name whose postcode, city or street the page shows too, outside the client's own lines. */
    private static double addressBonus(Address address, PageEvidence page, Set<Part> buyerLines) {
        double bonus = 0;
        String postcode = Names.fold(address.postcode());
        String city = Names.fold(address.city());
        String street = Names.fold(address.street());
        for (Line line : page.lines()) {
            for (int i = 0; i < line.segments().size(); i++) {
                if (buyerLines.contains(new Part(line, i))) {
                    continue;
                }
                String segment = " " + line.segments().get(i) + " ";
                if (!postcode.isEmpty() && segment.contains(" " + postcode + " ")) {
                    bonus = Math.max(bonus, 0.04);
                }
                if (!city.isEmpty() && segment.contains(" " + city + " ")) {
                    bonus = Math.max(bonus, postcode.isEmpty() ? 0.02 : bonus + 0.02);
                }
                if (!street.isEmpty() && segment.contains(" " + street + " ")) {
                    bonus += 0.02;
                }
            }
        }
        return Math.min(0.08, bonus);
    }

    /**
     * The client file whose whole name stands on the page, the one the reader took for the buyer's
     * name first, then the longest name (a name inside a longer one is another company), then the one
     * whose address the page shows.
     */
    private Optional<NameMatch<Dossier>> dossierByName(Recognition recognition, PageEvidence page) {
        NameMatch<Dossier> best = null;
        Optional<String> buyer = recognition.value(FieldKey.BUYER_NAME).map(Names::core);
        for (Dossier d : dossiers) {
            String core = Names.core(d.name());
            if (core.length() < 3) {
                continue;
            }
            double read = buyer.map(b -> Names.likeness(b, core)).orElse(0.0);
            double score = read >= NAME_ENOUGH ? read + 0.1 : 0;
            String where = "read as the buyer's name";
            Line at = null;
            for (Line line : page.lines()) {
                if (joinedHolds(line, core)) {
                    score = Math.max(score, 1.0);
                    if (read < NAME_ENOUGH) {
                        where = Place.of(line.page(), line.box());
                    }
                    at = line;
                    break;
                }
            }
            if (score < NAME_ENOUGH) {
                continue;
            }
            // The name the reader took for the supplier's is the supplier's, not the client's.
            double supplierName = recognition.value(FieldKey.SUPPLIER_NAME).map(n -> Names.likeness(Names.core(n), core) >= NAME_ENOUGH)
                    .orElse(false) ? 0.1 : 0;
            score += addressBonus(d.address(), page, Set.of()) + Math.min(0.05, core.length() / 400.0) - supplierName;
            if (best == null || score > best.score()) {
                best = new NameMatch<>(d, score, where, at);
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * Whether the line holds the joined core as a run of its words, legal forms skipped, and as a whole
     * name: followed by nothing, a legal form or a number, not by another word of a longer name.
     */
    private static boolean joinedHolds(Line line, String core) {
        return line.segments().stream().anyMatch(segment -> segmentHolds(segment, core));
    }

    private static boolean segmentHolds(String segment, String core) {
        List<String> tokens = Names.tokens(segment);
        for (int start = 0; start < tokens.size(); start++) {
            StringBuilder joined = new StringBuilder();
            int end = start;
            for (; end < tokens.size() && joined.length() < core.length(); end++) {
                if (!Names.form(tokens.get(end))) {
                    joined.append(tokens.get(end));
                }
            }
            boolean alike = joined.toString().equals(core) || joined.length() >= 6 && Names.likeness(joined.toString(), core) >= NAME_ENOUGH;
            if (alike && (end >= tokens.size() || Names.form(tokens.get(end)) || tokens.get(end).chars().anyMatch(Character::isDigit))) {
                return true;
            }
        }
        return false;
    }

    /** One part of a line between separators. */
    private record Part(Line line, int segment) {
    }

    private Optional<NewSupplier> proposal(Recognition recognition, List<Seen> seen, Set<String> suppressed, Dossier dossier) {
        List<SupplierId> identifiers = new ArrayList<>();
        for (Seen s : seen) {
            if (!suppressed.contains(s.key()) && s.within() == null && !dossiersByKey.containsKey(s.key())
                    && s.id().kind() != SupplierId.Kind.BANK && fromSupplierField(recognition, s)) {
                identifiers.add(s.id());
            }
        }
        Optional<String> name = recognition.value(FieldKey.SUPPLIER_NAME);
        if (name.isEmpty() && identifiers.isEmpty()) {
            return Optional.empty();
        }
        String shown = name.orElseGet(() -> "Supplier " + identifiers.getFirst().value());
        Optional<Supplier> existing = register.stream().filter(s -> s.identifiers().stream()
                .anyMatch(i -> i.kind().unique() && identifiers.stream().anyMatch(n -> Seen.key(n).equals(Seen.key(i))))).findFirst();
        Set<String> taken = new HashSet<>();
        for (Supplier s : register) {
            s.account(dossier == null ? null : dossier.id()).ifPresent(taken::add);
        }
        return Optional.of(new NewSupplier(shown, identifiers, AccountCodes.of(shown, dossier, taken), existing));
    }

    /** A proposal takes the identifiers the reader gave the supplier, not every number the page shows. */
    private static boolean fromSupplierField(Recognition recognition, Seen s) {
        if (s.id().kind() == SupplierId.Kind.PHONE || s.id().kind() == SupplierId.Kind.FAX || s.id().kind() == SupplierId.Kind.NATIONAL) {
            return false;
        }
        FieldValue field = recognition.fields().get(field(s.id().kind()));
        return field != null && Identifiers.normalize(s.id().kind(), field.value()).map(v -> v.equals(s.id().value())).orElse(false);
    }

    private static String sameUnique(NewSupplier proposal, Supplier existing) {
        return existing.identifiers().stream().filter(i -> i.kind().unique())
                .filter(i -> proposal.identifiers().stream().anyMatch(n -> Seen.key(n).equals(Seen.key(i))))
                .map(SupplierId::toString).findFirst().orElse("identifier");
    }

    /** The supplier's identifiers as this invoice prints them, those whose check digits hold, strongest first. */
    public static List<SupplierId> identifiersOf(Recognition recognition) {
        Set<String> buyer = buyerIdentifiers(recognition);
        List<SupplierId> ids = new ArrayList<>();
        for (SupplierId.Kind kind : List.of(SupplierId.Kind.VAT, SupplierId.Kind.SIRET, SupplierId.Kind.SIREN, SupplierId.Kind.IBAN)) {
            FieldValue field = recognition.fields().get(field(kind));
            if (field != null && !buyer.contains(kind == SupplierId.Kind.VAT ? VatNumbers.identity(field.value()) : field.value())) {
                Identifiers.normalize(kind, field.value()).ifPresent(v -> ids.add(new SupplierId(kind, v)));
            }
        }
        return ids;
    }

    /** The supplier's identifiers this invoice prints, without any that belongs to a client file. */
    public List<SupplierId> learnable(Recognition recognition) {
        return identifiersOf(recognition).stream().filter(i -> !belongsToDossier(i)).toList();
    }

    /** Whether the identifier is a client file's (or the firm's): it is never a supplier's. */
    public boolean belongsToDossier(SupplierId id) {
        return dossiersByKey.containsKey(Seen.key(id));
    }

    private static Set<String> buyerIdentifiers(Recognition recognition) {
        Set<String> buyer = new LinkedHashSet<>();
        // A Swiss number names one company with or without the tax's name after it (MWST, TVA).
        String supplierVat = recognition.value(FieldKey.SUPPLIER_VAT).map(VatNumbers::identity).orElse(null);
        recognition.value(FieldKey.BUYER_VAT).filter(v -> !VatNumbers.identity(v).equals(supplierVat))
                .ifPresent(vat -> {
                    buyer.add(VatNumbers.identity(vat));
                    Siren.sirenOfFrenchVat(vat).ifPresent(buyer::add);
                });
        return buyer;
    }

    /** The identifiers with those they hold: the SIREN inside a French VAT number or a SIRET. */
    private static List<SupplierId> withInner(List<SupplierId> identifiers) {
        List<SupplierId> all = new ArrayList<>(identifiers);
        for (SupplierId id : identifiers) {
            if (id.kind() == SupplierId.Kind.VAT) {
                Siren.sirenOfFrenchVat(id.value()).ifPresent(s -> all.add(new SupplierId(SupplierId.Kind.SIREN, s)));
            } else if (id.kind() == SupplierId.Kind.SIRET && id.value().length() == 14) {
                all.add(new SupplierId(SupplierId.Kind.SIREN, id.value().substring(0, 9)));
            }
        }
        return all;
    }

    private static FieldKey field(SupplierId.Kind kind) {
        return switch (kind) {
            case VAT -> FieldKey.SUPPLIER_VAT;
            case SIRET -> FieldKey.SUPPLIER_SIRET;
            case SIREN -> FieldKey.SUPPLIER_SIREN;
            case IBAN -> FieldKey.SUPPLIER_IBAN;
            default -> null;
        };
    }
}
