/** Checks an operator relies on before validating: identifiers (IBAN, VAT, SIREN/SIRET), totals arithmetic, dates. */
package io.verifact.check;
