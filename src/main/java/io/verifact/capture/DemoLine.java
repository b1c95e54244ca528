package io.verifact.capture;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * One invoice line of a demo invoice. A credit note's lines carry a negative unit price.
 *
 * @param unit what the quantity counts ("h", "m²"), or empty for pieces
 * @param vatRate the VAT rate in percent
 */
record DemoLine(String description, BigDecimal quantity, String unit, BigDecimal unitPrice, BigDecimal vatRate) {

    static DemoLine of(String description, String quantity, String unit, String unitPrice, String vatRate) {
        return new DemoLine(description, new BigDecimal(quantity), unit, new BigDecimal(unitPrice), new BigDecimal(vatRate));
    }

    BigDecimal amount() {
        return quantity.multiply(unitPrice).setScale(2, RoundingMode.HALF_UP);
    }
}
