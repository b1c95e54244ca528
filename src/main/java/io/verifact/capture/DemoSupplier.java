package io.verifact.capture;

import java.util.List;

/**
 * A made-up supplier of the demo set: who it is, where it wants to be paid, and how its invoices look.
 *
 * @param siren the SIREN of a French supplier, null elsewhere
 * @param siret the SIRET of its establishment, null outside France
 * @param iban upper case without spaces; the page prints it in groups of four
 * @param bank the bank's name, as the payment details print it
 * @param contact the phone and e-mail lines of the letterhead
 */
record DemoSupplier(Party party, String siren, String siret, String iban, String bic, String bank, List<String> contact,
                    Look look) {

    DemoSupplier {
        contact = List.copyOf(contact);
    }

    /** The same company after a change of letterhead: the same identifiers, another layout. */
    DemoSupplier withLook(Look newLook) {
        return new DemoSupplier(party, siren, siret, iban, bic, bank, contact, newLook);
    }

    String name() {
        return party.name();
    }

    /** The IBAN as invoices print it, in groups of four. */
    String printedIban() {
        return iban.replaceAll("(.{4})(?!$)", "$1 ");
    }
}
