package io.verifact.model;

import java.math.BigDecimal;

/** One invoice line; any of the numbers may be null when it is not printed. */
public record LineItem(String description, BigDecimal quantity, BigDecimal unitPrice, BigDecimal amount, BigDecimal vatRate) {
}
