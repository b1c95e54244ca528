package io.verifact.capture;

import java.util.List;

/**
 * A company as an invoice prints it: its name, its postal address, and its VAT number written as
 * CONTRACT.md writes it (the page may print it with spaces or dots).
 */
record Party(String name, List<String> address, String vat) {

    Party {
        address = List.copyOf(address);
    }
}
