package io.verifact.model;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Everything read off one invoice: its fields, VAT breakdown, lines and the checks they pass. */
public record Recognition(Map<FieldKey, FieldValue> fields, List<VatLine> vatBreakdown, List<LineItem> lineItems,
                          List<CheckResult> checks) {

    public Recognition {
        EnumMap<FieldKey, FieldValue> copy = new EnumMap<>(FieldKey.class);
        copy.putAll(fields);
        fields = Collections.unmodifiableMap(copy);
        vatBreakdown = List.copyOf(vatBreakdown);
        lineItems = List.copyOf(lineItems);
        checks = List.copyOf(checks);
    }

    public Optional<String> value(FieldKey key) {
        return Optional.ofNullable(fields.get(key)).map(FieldValue::value);
    }

    public Recognition withChecks(List<CheckResult> newChecks) {
        return new Recognition(fields, vatBreakdown, lineItems, newChecks);
    }
}
