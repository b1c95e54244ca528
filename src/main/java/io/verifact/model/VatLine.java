package io.verifact.model;

import java.math.BigDecimal;

/** One line of the VAT breakdown: a rate, the base it applies to, and the tax. */
public record VatLine(BigDecimal rate, BigDecimal base, BigDecimal tax) {
}
