package io.verifact.model;

/**
 * A postal address as registers keep it; any part may be empty.
 *
 * @param country ISO 3166 two-letter code, or empty
 */
public record Address(String street, String postcode, String city, String country) {

    public static final Address NONE = new Address("", "", "", "");

    public Address {
        street = clean(street);
        postcode = clean(postcode);
        city = clean(city);
        country = clean(country).toUpperCase(java.util.Locale.ROOT);
    }

    public boolean isEmpty() {
        return street.isEmpty() && postcode.isEmpty() && city.isEmpty() && country.isEmpty();
    }

    static String clean(String part) {
        return part == null ? "" : part.strip();
    }
}
