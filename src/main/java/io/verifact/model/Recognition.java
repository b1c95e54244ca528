package io.verifact.model;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything read off one invoice: its fields, VAT breakdown, lines, the checks they pass, and the
 * values of the custom fields an operator added.
 */
public record Recognition(Map<FieldKey, FieldValue> fields, List<VatLine> vatBreakdown, List<LineItem> lineItems,
                          List<CheckResult> checks, List<CustomValue> custom) {

    public Recognition(Map<FieldKey, FieldValue> fields, List<VatLine> vatBreakdown, List<LineItem> lineItems, List<CheckResult> checks) {
        this(fields, vatBreakdown, lineItems, checks, List.of());
    }

    public Recognition {
        EnumMap<FieldKey, FieldValue> copy = new EnumMap<>(FieldKey.class);
        copy.putAll(fields);
        fields = Collections.unmodifiableMap(copy);
        vatBreakdown = List.copyOf(vatBreakdown);
        lineItems = List.copyOf(lineItems);
        checks = List.copyOf(checks);
        custom = List.copyOf(custom);
    }

    public Optional<String> value(FieldKey key) {
        return Optional.ofNullable(fields.get(key)).map(FieldValue::value);
    }

    public Recognition withChecks(List<CheckResult> newChecks) {
        return new Recognition(fields, vatBreakdown, lineItems, newChecks, custom);
    }

    /** The same invoice with these fields instead, its other parts kept. */
    public Recognition withFields(Map<FieldKey, FieldValue> newFields) {
        return new Recognition(newFields, vatBreakdown, lineItems, checks, custom);
    }

    public Recognition withCustom(List<CustomValue> newCustom) {
        return new Recognition(fields, vatBreakdown, lineItems, checks, newCustom);
    }

    public Optional<CustomValue> custom(String name) {
        return custom.stream().filter(c -> c.name().equals(name)).findFirst();
    }
}
