package io.verifact.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A supplier of the firm's register.
 *
 * @param id its identity, the same on every workstation
 * @param ref the id the firm's own register gives it (imported with the register), or empty
 * @param name its name as printed on its invoices
 * @param identifiers its VAT number, tax numbers, bank accounts and phone numbers, strongest kind first
 * @param keywords words an operator chose that, found on a page, say the invoice is this supplier's
 * @param address where it is
 * @param email its e-mail address, or empty
 * @param currency the currency it invoices in (ISO 4217), or empty
 * @param vatRate its usual VAT rate as a plain decimal, or empty
 * @param blocked whether the firm stopped working with it: its invoices are still identified, and flagged
 * @param accounts its account in the books, by client file id; the key {@code ""} is the account for every file
 */
public record Supplier(String id, String ref, String name, List<SupplierId> identifiers, List<String> keywords,
                       Address address, String email, String currency, String vatRate, boolean blocked,
                       Map<String, String> accounts) {

    /** The key of the account that applies in every client file. */
    public static final String ANY_FILE = "";

    /** A keyword shorter than this would be found on every page. */
    public static final int SHORTEST_KEYWORD = 3;

    public Supplier {
        ref = ref == null ? "" : ref.strip();
        identifiers = List.copyOf(identifiers);
        keywords = List.copyOf(keywords);
        address = address == null ? Address.NONE : address;
        email = email == null ? "" : email.strip();
        currency = currency == null ? "" : currency.strip();
        vatRate = vatRate == null ? "" : vatRate.strip();
        accounts = Map.copyOf(accounts);
    }

    public Supplier(String id, String name, List<SupplierId> identifiers) {
        this(id, "", name, identifiers, List.of(), Address.NONE, "", "", "", false, Map.of());
    }

    /** The first identifier of that kind. */
    public Optional<String> identifier(SupplierId.Kind kind) {
        return identifiers.stream().filter(i -> i.kind() == kind).map(SupplierId::value).findFirst();
    }

    /** Every identifier of that kind. */
    public List<String> identifiers(SupplierId.Kind kind) {
        return identifiers.stream().filter(i -> i.kind() == kind).map(SupplierId::value).toList();
    }

    /** The id the firm knows it by: its register's own when it came with one, ours otherwise. */
    public String code() {
        return ref.isEmpty() ? id : ref;
    }

    /** Its account in that client file, or its account for every file. */
    public Optional<String> account(String dossierId) {
        String own = dossierId == null ? null : accounts.get(dossierId);
        return Optional.ofNullable(own != null ? own : accounts.get(ANY_FILE));
    }

    /** What an operator reads to know which supplier this is: its name and its strongest identifier. */
    public String label() {
        return identifiers.isEmpty() ? name : name + " (" + identifiers.getFirst().value() + ")";
    }
}
