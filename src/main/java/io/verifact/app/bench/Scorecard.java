package io.verifact.app.bench;

import io.verifact.model.FieldKey;
import io.verifact.model.FieldValue;
import io.verifact.workflow.Outcome;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Per-field accuracy of a run against the truth, compared by the rules of
 * {@code ../shared/tools/score.py}: amounts to the cent, dates exact, identifiers without spaces or
 * dots in upper case, supplier names loosely. Its report reads like score.py's, so both figures can
 * be set side by side, and tells for each field how often it was given a confidence of 0.9 or more
 * (the operator does not look at it then) and how often it was right when it was.
 */
public final class Scorecard {

    /** A field the run got wrong or did not find. */
    public record Miss(String field, String file, String got, String want) {
    }

    /** Counts of one field: right, wanted, given 0.9 or more, right among those. */
    private static final int RIGHT = 0;
    private static final int WANTED = 1;
    private static final int SURE = 2;
    private static final int SURE_RIGHT = 3;

    private static final BigDecimal HALF_CENT = new BigDecimal("0.005");

    private final String kind;
    private final Map<String, int[]> perField = new TreeMap<>();
    private final List<Miss> misses = new ArrayList<>();
    private int hits;
    private int total;
    private int sure;
    private int sureRight;
    private int noOutput;

    public Scorecard(String kind) {
        this.kind = kind;
    }

    /** What was scored: {@code born}, {@code scans}. */
    public String kind() {
        return kind;
    }

    /** Scores one file; a null outcome is a file the run gave nothing for. */
    public void add(Truth truth, Outcome outcome) {
        Map<FieldKey, FieldValue> fields = outcome instanceof Outcome.Read read ? read.recognition().fields() : Map.of();
        if (outcome == null) {
            noOutput++;
        }
        truth.wanted().forEach((field, want) -> {
            FieldValue found = FieldKey.fromKey(field).map(fields::get).orElse(null);
            String got = found == null ? null : found.value();
            boolean right = same(field, got, want);
            int[] counts = perField.computeIfAbsent(field, f -> new int[4]);
            counts[RIGHT] += right ? 1 : 0;
            counts[WANTED]++;
            hits += right ? 1 : 0;
            total++;
            // extract --json prints confidences to two decimals; score.py compares what it reads.
            if (found != null && Math.round(found.confidence() * 100) / 100.0 >= 0.9) {
                sure++;
                sureRight += right ? 1 : 0;
                counts[SURE]++;
                counts[SURE_RIGHT] += right ? 1 : 0;
            }
            if (!right) {
                misses.add(new Miss(field, truth.file(), got != null ? got : absence(outcome), want));
            }
        });
    }

    private static String absence(Outcome outcome) {
        return switch (outcome) {
            case null -> "(no output)";
            case Outcome.Refused refused -> "(refused: " + refused.reason() + ")";
            case Outcome.Read read -> "(absent)";
        };
    }

    public static boolean same(String field, String got, String want) {
        if (got == null) {
            return false;
        }
        return switch (field) {
            case "net_total", "tax_total", "gross_total", "amount_due" -> {
                BigDecimal g = decimal(got);
                BigDecimal w = decimal(want);
                yield g != null && w != null && g.subtract(w).abs().compareTo(HALF_CENT) < 0;
            }
            case "invoice_date", "due_date" -> first10(got).equals(first10(want));
            case "supplier_name" -> {
                String g = nameKey(got);
                String w = nameKey(want);
                yield !g.isEmpty() && (g.equals(w) || (g.length() >= 4 && (w.contains(g) || g.contains(w))));
            }
            default -> identifier(got).equals(identifier(want));
        };
    }

    public double accuracy() {
        return total == 0 ? 0 : 100.0 * hits / total;
    }

    /** The share of one field's values that are right, in percent. */
    public double accuracy(String field) {
        int[] counts = perField.get(field);
        return counts == null || counts[WANTED] == 0 ? 0 : 100.0 * counts[RIGHT] / counts[WANTED];
    }

    /** The share of the files where the field was given a confidence of 0.9 or more, in percent. */
    public double sureShare(String field) {
        int[] counts = perField.get(field);
        return counts == null || counts[WANTED] == 0 ? 0 : 100.0 * counts[SURE] / counts[WANTED];
    }

    /** Of the field's values given 0.9 or more, the share that was right, in percent; 100 when none was. */
    public double sureRight(String field) {
        int[] counts = perField.get(field);
        return counts == null || counts[SURE] == 0 ? 100 : 100.0 * counts[SURE_RIGHT] / counts[SURE];
    }

    /** The fields scored, by name. */
    public List<String> fields() {
        return List.copyOf(perField.keySet());
    }

    public double calibration() {
        return sure == 0 ? 0 : 100.0 * sureRight / sure;
    }

    public List<Miss> misses() {
        return List.copyOf(misses);
    }

    /**
     * The per-field table (right, as score.py prints it; then the share given 0.9 or more and how often
     * right then), then the calibration and the overall figure, as score.py prints them.
     */
    public String report() {
        StringBuilder s = new StringBuilder();
        perField.forEach((field, counts) -> s.append(String.format(Locale.ROOT, "%-15s %5s%% %-10s  >=0.9 on %5s%%, right %5s%% (%d/%d)%n",
                field, percent(100.0 * counts[RIGHT] / counts[WANTED]), "(" + counts[RIGHT] + "/" + counts[WANTED] + ")",
                percent(sureShare(field)), percent(sureRight(field)), counts[SURE_RIGHT], counts[SURE])));
        if (noOutput > 0) {
            s.append("files with no output: ").append(noOutput).append('\n');
        }
        s.append(String.format(Locale.ROOT, "calibration %s%% right of %d fields given confidence >= 0.9%n", percent(calibration()), sure));
        s.append(String.format(Locale.ROOT, "accuracy %s%% (%d/%d) %s%n", percent(accuracy()), hits, total, kind));
        return s.toString();
    }

    /** One decimal, rounded as Python's format rounds the binary value: half to even. */
    private static String percent(double value) {
        return new BigDecimal(value).setScale(1, RoundingMode.HALF_EVEN).toPlainString();
    }

    private static BigDecimal decimal(String value) {
        try {
            return new BigDecimal(value.replace(" ", "").strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String first10(String value) {
        return value.length() > 10 ? value.substring(0, 10) : value;
    }

    private static String identifier(String value) {
        return value.toUpperCase(Locale.ROOT).replaceAll("[^0-9A-Z]", "");
    }

    private static String nameKey(String value) {
        return value.toLowerCase(Locale.ROOT).replaceAll("[^0-9a-z]", "");
    }
}
