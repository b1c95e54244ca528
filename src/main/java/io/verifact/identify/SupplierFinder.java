package io.verifact.identify;

import io.verifact.check.Ibans;
import io.verifact.check.Siren;
import io.verifact.check.VatNumbers;
import io.verifact.model.Candidate;
import io.verifact.model.FieldKey;
import io.verifact.model.FieldValue;
import io.verifact.model.Recognition;
import io.verifact.model.Supplier;
import io.verifact.model.SupplierId;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds an invoice's supplier in the register by the identifiers printed on it, strongest first (VAT
 * number, SIRET, SIREN, IBAN), then by its name. Only identifiers whose check digits hold count, and
 * the buyer's own identifiers never identify the supplier.
 */
public final class SupplierFinder {

    private final List<Supplier> register;
    private final Map<SupplierId, List<Supplier>> byIdentifier = new HashMap<>();
    private final Map<String, List<Supplier>> byName = new HashMap<>();

    public SupplierFinder(List<Supplier> register) {
        this.register = List.copyOf(register);
        for (Supplier s : this.register) {
            for (SupplierId id : s.identifiers()) {
                byIdentifier.computeIfAbsent(id, k -> new ArrayList<>()).add(s);
            }
            byName.computeIfAbsent(name(s.name()), k -> new ArrayList<>()).add(s);
        }
    }

    public Identification identify(Recognition recognition) {
        List<String> log = new ArrayList<>();
        Set<String> buyer = buyerIdentifiers(recognition);
        for (String ignored : buyer) {
            log.add("Buyer's identifier " + ignored + " ignored: it is the client's, not the supplier's.");
        }
        for (SupplierId.Kind kind : SupplierId.Kind.values()) {
            for (String value : printed(recognition, kind)) {
                if (buyer.contains(value)) {
                    continue;
                }
                List<Supplier> found = byIdentifier.getOrDefault(new SupplierId(kind, value), List.of());
                if (found.isEmpty()) {
                    continue;
                }
                Supplier first = found.getFirst();
                log.add(kind.key().toUpperCase(Locale.ROOT) + " " + value + " found on the invoice → supplier " + first.name()
                        + (found.size() > 1 ? " (" + found.size() + " suppliers share it; the first in the register is taken)" : ""));
                return new Identification(Optional.of(first), kind.key(), found.subList(1, found.size()), log);
            }
        }
        Optional<String> name = recognition.value(FieldKey.SUPPLIER_NAME);
        if (name.isPresent()) {
            List<Supplier> found = byName.getOrDefault(name(name.get()), List.of());
            if (!found.isEmpty()) {
                log.add("No known identifier on the invoice; its supplier name " + name.get() + " → supplier " + found.getFirst().name());
                return new Identification(Optional.of(found.getFirst()), "name", found.subList(1, found.size()), log);
            }
        }
        log.add("No supplier of the register has an identifier or the name printed on this invoice.");
        return new Identification(Optional.empty(), "", List.of(), log);
    }

    /** The supplier's identifiers as this invoice prints them, those whose check digits hold, strongest first. */
    public static List<SupplierId> identifiersOf(Recognition recognition) {
        Set<String> buyer = buyerIdentifiers(recognition);
        List<SupplierId> ids = new ArrayList<>();
        for (SupplierId.Kind kind : SupplierId.Kind.values()) {
            FieldValue field = recognition.fields().get(field(kind));
            if (field != null && !buyer.contains(field.value()) && valid(kind, field.value())) {
                ids.add(new SupplierId(kind, field.value()));
            }
        }
        return ids;
    }

    /** The chosen value first, then the other candidates the page shows, each once and only when valid. */
    private static List<String> printed(Recognition recognition, SupplierId.Kind kind) {
        FieldValue field = recognition.fields().get(field(kind));
        if (field == null) {
            return List.of();
        }
        Set<String> values = new LinkedHashSet<>();
        values.add(field.value());
        field.alternatives().stream().map(Candidate::value).forEach(values::add);
        return values.stream().filter(v -> valid(kind, v)).toList();
    }

    private static Set<String> buyerIdentifiers(Recognition recognition) {
        Set<String> buyer = new LinkedHashSet<>();
        recognition.value(FieldKey.BUYER_VAT).filter(v -> !v.equals(recognition.value(FieldKey.SUPPLIER_VAT).orElse(null)))
                .ifPresent(vat -> {
                    buyer.add(vat);
                    Siren.sirenOfFrenchVat(vat).ifPresent(buyer::add);
                });
        return buyer;
    }

    private static FieldKey field(SupplierId.Kind kind) {
        return switch (kind) {
            case VAT -> FieldKey.SUPPLIER_VAT;
            case SIRET -> FieldKey.SUPPLIER_SIRET;
            case SIREN -> FieldKey.SUPPLIER_SIREN;
            case IBAN -> FieldKey.SUPPLIER_IBAN;
        };
    }

    private static boolean valid(SupplierId.Kind kind, String value) {
        return switch (kind) {
            case VAT -> VatNumbers.normalize(value).isPresent();
            case SIRET -> Siren.isValidSiret(value);
            case SIREN -> Siren.isValidSiren(value);
            case IBAN -> Ibans.isValid(value);
        };
    }

    /** A name as compared: folded, without accents, punctuation or company forms' dots. */
    static String name(String name) {
        String folded = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
        return folded.replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    public List<Supplier> register() {
        return register;
    }
}
