package io.verifact.extract;

import io.verifact.model.Candidate;
import io.verifact.model.FieldKey;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The totals: net, tax, gross and amount due. Labels propose amounts; the arithmetic net + tax =
 * gross, and the VAT breakdown's sums, choose between them.
 */
final class TotalsReader {

    private static final BigDecimal CENT = new BigDecimal("0.011");
    private static final double CONSISTENT = 1.5;
    private static final int TOP = 12;
    /** No VAT rate reaches this share of the net: a larger "tax" is another amount. */
    private static final BigDecimal MAX_RATE = new BigDecimal("0.35");

    private final Reading reading;
    private final List<VatBreakdownReader.Found> breakdown;

    TotalsReader(Reading reading, List<VatBreakdownReader.Found> breakdown) {
        this.reading = reading;
        this.breakdown = breakdown;
    }

    /** A proposed amount, where it stands and how strongly a label points at it. */
    private record Proposal(BigDecimal value, Spot<BigDecimal> spot, double score) {
    }

    Map<FieldKey, Scored.Choice> read() {
        List<Proposal> net = labelled(Concept.NET);
        List<Proposal> tax = labelled(Concept.TAX);
        List<Proposal> gross = labelled(Concept.GROSS);
        List<Proposal> due = labelled(Concept.DUE);
        List<Proposal> pool = pool();

        if (!breakdown.isEmpty()) {
            BigDecimal bases = breakdown.stream().map(f -> f.line().base()).reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal taxes = breakdown.stream().map(f -> f.line().tax()).reduce(BigDecimal.ZERO, BigDecimal::add);
            var lastBase = breakdown.getLast().base();
            var lastTax = breakdown.getLast().tax();
            net.add(new Proposal(bases, lastBase, 0.8));
            tax.add(new Proposal(taxes, lastTax, 0.8));
        }
        if (VatBreakdownReader.onlyZeroRates(reading) && tax.stream().noneMatch(t -> t.value.signum() == 0)) {
            tax.add(new Proposal(BigDecimal.ZERO.setScale(2), null, 0.8));
        }
        List<Proposal> grossSide = new ArrayList<>(gross);
        due.forEach(d -> grossSide.add(new Proposal(d.value, d.spot, d.score * 0.7)));
        pool.stream().sorted(Comparator.comparing((Proposal p) -> p.value.abs()).reversed()).limit(6).forEach(grossSide::add);
        List<Proposal> taxSide = new ArrayList<>(tax);
        pool.forEach(taxSide::add);

        // Cash receipts round the total to the coin: the arithmetic allows for it when they say so.
        BigDecimal tolerance = reading.hits(Concept.ROUNDING).isEmpty() ? CENT : new BigDecimal("0.05");
        Combination best = null;
        Combination runnerUp = null;
        for (Proposal g : top(grossSide)) {
            for (Proposal t : top(taxSide)) {
                BigDecimal wanted = g.value.subtract(t.value);
                if (t.value.signum() != 0 && wanted.signum() != 0 && t.value.signum() != wanted.signum()) {
                    continue;
                }
                if (t.value.abs().compareTo(g.value.abs()) >= 0 || t.spot != null && t.spot == g.spot) {
                    continue;
                }
                for (Proposal n : concat(net, pool)) {
                    if (n.spot == g.spot || t.spot != null && n.spot == t.spot || n.value.subtract(wanted).abs().compareTo(tolerance) > 0
                            || t.value.abs().compareTo(n.value.abs().multiply(MAX_RATE)) > 0) {
                        continue;
                    }
                    double score = g.score + t.score + n.score + CONSISTENT;
                    Combination found = new Combination(n, t, g, score, true);
                    if (best == null || score > best.score) {
                        if (best != null && !best.sameValues(found)) {
                            runnerUp = best;
                        }
                        best = found;
                    } else if (!best.sameValues(found) && (runnerUp == null || score > runnerUp.score)) {
                        runnerUp = found;
                    }
                }
            }
        }
        Combination untaxed = untaxed(net, tax, gross);
        if (untaxed != null && (best == null || untaxed.score > best.score)) {
            best = untaxed;
        }
        Map<FieldKey, Scored.Choice> chosen = new EnumMap<>(FieldKey.class);
        if (best != null) {
            double confidence = best.consistent ? (best.labelled() ? 0.97 : 0.85) : 0.6;
            if (runnerUp != null && runnerUp.score >= best.score - 0.3) {
                // Two sets of totals add up about as well (a table of rates and its sum row).
                confidence = Math.min(confidence, 0.8);
            }
            put(chosen, FieldKey.NET_TOTAL, best.net, net, confidence);
            put(chosen, FieldKey.TAX_TOTAL, best.tax, tax, confidence);
            put(chosen, FieldKey.GROSS_TOTAL, best.gross, gross, confidence);
        } else {
            bestOf(net).ifPresent(n -> put(chosen, FieldKey.NET_TOTAL, n, net, 0.6));
            bestOf(tax).ifPresent(t -> put(chosen, FieldKey.TAX_TOTAL, t, tax, 0.6));
            bestOf(gross).ifPresent(g -> put(chosen, FieldKey.GROSS_TOTAL, g, gross, 0.6));
        }
        amountDue(chosen, due);
        return chosen;
    }

    /** An invoice without tax (exempt, reverse charge): the net and the gross are the same amount. */
    private Combination untaxed(List<Proposal> net, List<Proposal> tax, List<Proposal> gross) {
        Combination best = null;
        for (Proposal g : gross) {
            for (Proposal n : net) {
                if (n.value.compareTo(g.value) != 0) {
                    continue;
                }
                Proposal zero = tax.stream().filter(t -> t.value.signum() == 0).max(Comparator.comparingDouble(Proposal::score)).orElse(null);
                double score = g.score + n.score + (zero == null ? 0 : zero.score) + CONSISTENT * (zero == null ? 0.5 : 1);
                if (best == null || score > best.score) {
                    best = new Combination(n, zero == null ? new Proposal(BigDecimal.ZERO.setScale(2), null, 0) : zero, g, score, true);
                }
            }
        }
        return best;
    }

    private void amountDue(Map<FieldKey, Scored.Choice> chosen, List<Proposal> due) {
        Scored.Choice gross = chosen.get(FieldKey.GROSS_TOTAL);
        Optional<Proposal> labelled = bestOf(due);
        if (labelled.isPresent() && labelled.get().score >= 0.5) {
            Proposal d = labelled.get();
            boolean agrees = gross != null && new BigDecimal(gross.chosen().value()).compareTo(d.value) == 0;
            put(chosen, FieldKey.AMOUNT_DUE, d, due, agrees ? gross.chosen().confidence() : 0.75);
        } else if (gross != null) {
            // Nothing says part of it was paid: what is due is the gross total.
            Candidate g = gross.chosen();
            chosen.put(FieldKey.AMOUNT_DUE, new Scored.Choice(new Candidate(g.value(), g.printed(), Math.min(0.8, g.confidence()), g.page(), g.box()), List.of()));
        }
    }

    private record Combination(Proposal net, Proposal tax, Proposal gross, double score, boolean consistent) {
        boolean sameValues(Combination other) {
            return net.value.compareTo(other.net.value) == 0 && tax.value.compareTo(other.tax.value) == 0
                    && gross.value.compareTo(other.gross.value) == 0;
        }

        boolean labelled() {
            return net.score >= 0.5 && gross.score >= 0.5 && (tax.score >= 0.5 || tax.value.signum() == 0);
        }
    }

    private void put(Map<FieldKey, Scored.Choice> chosen, FieldKey key, Proposal pick, List<Proposal> others, double confidence) {
        if (pick.spot == null) {
            chosen.put(key, new Scored.Choice(new Candidate(pick.value.toPlainString(), pick.value.toPlainString(), confidence, 0, null), List.of()));
            return;
        }
        Scored scored = new Scored();
        double bestOther = others.stream().mapToDouble(Proposal::score).max().orElse(0);
        scored.add(pick.value.toPlainString(), pick.spot, Math.max(pick.score, bestOther) + 1);
        for (Proposal o : top(others)) {
            if (o.spot != null) {
                scored.add(o.value.toPlainString(), o.spot, o.score);
            }
        }
        scored.choose(confidence).ifPresent(c -> chosen.put(key, c));
    }

    private List<Proposal> labelled(Concept concept) {
        List<Proposal> proposals = new ArrayList<>();
        for (Labels.Hit hit : reading.hits(concept)) {
            for (Spot<BigDecimal> spot : reading.search.after(hit, reading::money)) {
                // Totals stand low on the last page: among equals, the later one is the summary.
                double score = hit.weight() * spot.nearness() + 0.1 * reading.depth(spot.phrase());
                proposals.add(new Proposal(spot.value(), spot, score));
            }
        }
        return proposals;
    }

    /** Every money amount of the invoice, each weighed a little, so the arithmetic can complete what labels miss. */
    private List<Proposal> pool() {
        Map<BigDecimal, Proposal> latest = new HashMap<>();
        for (Phrase p : reading.layout.allPhrases()) {
            for (Spot<BigDecimal> spot : reading.money(p, 0)) {
                latest.put(spot.value().stripTrailingZeros(), new Proposal(spot.value(), spot, 0.1 + 0.1 * reading.depth(p)));
            }
        }
        return List.copyOf(latest.values());
    }

    private static Optional<Proposal> bestOf(List<Proposal> proposals) {
        return proposals.stream().max(Comparator.comparingDouble(Proposal::score));
    }

    private static List<Proposal> top(List<Proposal> proposals) {
        return proposals.stream().sorted(Comparator.comparingDouble(Proposal::score).reversed()).limit(TOP).toList();
    }

    private static List<Proposal> concat(List<Proposal> a, List<Proposal> b) {
        List<Proposal> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
