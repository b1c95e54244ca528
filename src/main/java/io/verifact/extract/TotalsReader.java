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
import java.util.Set;

/**
 * The totals: net, tax, gross and amount due. Labels propose amounts; the arithmetic net + tax =
 * gross, the VAT breakdown's sums and the line items' sum choose between them. A total the page does
 * not print (or prints unreadably) is worked out from the others when they allow it: such a value has
 * no place on the page, which is how the reader tells it was derived.
 */
final class TotalsReader {

    private static final BigDecimal CENT = new BigDecimal("0.011");
    private static final BigDecimal TWO_CENTS = new BigDecimal("0.021");
    private static final BigDecimal FIVE_CENTS = new BigDecimal("0.05");
    /** The most a rounding line adds or takes. */
    private static final BigDecimal ROUNDING_AT_MOST = new BigDecimal("0.10");
    private static final double CONSISTENT = 1.5;
    private static final int TOP = 12;
    /** No VAT rate reaches this share of the net: a larger "tax" is another amount. */
    private static final BigDecimal MAX_RATE = new BigDecimal("0.35");
    /** An invoice that says no VAT is charged: small businesses, exempt supplies, reverse charge. */
    private static final Screened NO_VAT = Screened.compile(
            "(?:§\\s*19\\s*ustg|keine\\s+umsatzsteuer|ohne\\s+umsatzsteuer|steuerschuldnerschaft\\s+des\\s+leistungsempf"
                    + "|tva\\s+non\\s+applicable|exoneree?\\s+de\\s+tva|autoliquidation|article\\s+293\\s*b|art\\.?\\s*293\\s*b"
                    + "|vat\\s+exempt|exempt\\s+from\\s+vat|reverse\\s+charge|btw\\s+verlegd|vrijgesteld\\s+van\\s+btw)");
    /** A line that charges for service or for the carriage of the goods. */
    private static final Screened SERVICE = Screened.compile(
            "(?<![a-z])(?:service|serv|srv|svc)\\.?\\s*(?:charge|chg|chrg)(?![a-z])|frais\\s+de\\s+service|servicekosten|bedieningskosten"
                    + "|(?<![a-z])(?:shipping|freight|delivery|postage|carriage|handling)(?![a-z])|versandkosten|versand(?![a-z])|frachtkosten|porto(?![a-z])"
                    + "|frais\\s+(?:de\\s+)?(?:port|livraison|transport|envoi)|verzendkosten|leveringskosten|spese\\s+di\\s+(?:spedizione|trasporto)|gastos\\s+de\\s+envio");
    /** The score of an amount its label names clearly and close by. */
    private static final double STRONG = 0.9;
    /** At most this sure: below the 0.9 an operator trusts without looking. */
    private static final double DOUBTED = 0.8;
    /** The least score of an amount a label of what is due points at, on the gross total's side. */
    private static final double LABELLED_DUE = 0.4;
    /** The score of an amount that is what a slip says was paid, cash less change. */
    private static final double PAID = 0.7;
    /** The confidence of a gross total printed and paid: cash less change is that amount. */
    private static final double PAID_CONFIRMS = 0.93;
    /** The confidence of a total worked out from others that were not themselves confirmed. */
    private static final double DERIVED_UNCONFIRMED = 0.6;

    private final Reading reading;
    private final List<VatBreakdownReader.Found> breakdown;
    private final Optional<BigDecimal> itemsSum;
    private final Optional<TillSlip.Payment> paid;
    private final Optional<String> currency;

    /**
     * @param itemsSum the sum of the line items' amounts, when the invoice lists items with amounts
     * @param paid what a till slip says was paid, cash less change
     * @param currency the invoice's currency, as its codes and signs say
     */
    TotalsReader(Reading reading, List<VatBreakdownReader.Found> breakdown, Optional<BigDecimal> itemsSum, Optional<TillSlip.Payment> paid,
                 Optional<String> currency) {
        this.reading = reading;
        this.breakdown = breakdown;
        this.itemsSum = itemsSum;
        this.paid = paid;
        this.currency = currency;
    }

    /**
     * A proposed amount, where it stands and how strongly a label points at it.
     *
     * @param rate the VAT rate its label states ("includes 6% GST"), or null
     */
    private record Proposal(BigDecimal value, Spot<BigDecimal> spot, double score, BigDecimal rate) {

        Proposal(BigDecimal value, Spot<BigDecimal> spot, double score) {
            this(value, spot, score, null);
        }
    }

    /** A rate stated in a label: "6%", "19 %", "5,5%". */
    private static final java.util.regex.Pattern RATE = java.util.regex.Pattern.compile("(?<![\\d.,])(\\d{1,2}(?:[.,]\\d{1,2})?)\\s*%");

    Map<FieldKey, Scored.Choice> read() {
        List<Proposal> net = labelled(Concept.NET);
        List<Proposal> tax = labelled(Concept.TAX);
        List<Proposal> gross = labelled(Concept.GROSS);
        List<Proposal> due = labelled(Concept.DUE);
        List<Proposal> pool = pool();
        taxesAtSeveralRates(tax).ifPresent(tax::add);

        if (!breakdown.isEmpty()) {
            BigDecimal bases = breakdown.stream().map(f -> f.line().base()).reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal taxes = breakdown.stream().map(f -> f.line().tax()).reduce(BigDecimal.ZERO, BigDecimal::add);
            var lastBase = breakdown.getLast().base();
            var lastTax = breakdown.getLast().tax();
            net.add(new Proposal(bases, lastBase, 0.8));
            tax.add(new Proposal(taxes, lastTax, 0.8));
        }
        if ((VatBreakdownReader.onlyZeroRates(reading) || saysNoVat()) && tax.stream().noneMatch(t -> t.value.signum() == 0)) {
            tax.add(new Proposal(BigDecimal.ZERO.setScale(2), null, 0.8));
        }
        // The items add up to the net: a net the page does not print, or prints unreadably, is their sum.
        itemsSum.filter(sum -> sum.signum() != 0).ifPresent(sum -> net.add(new Proposal(sum, null, 0.6)));
        // A restaurant's service charge or a shipping cost is taxed with the rest: the net is the subtotal with it.
        for (Spot<BigDecimal> charge : serviceCharges()) {
            // Charged after the subtotal, below it: "Frais de service" among the items is one of them.
            net.stream().filter(n -> n.spot != null && n.score >= 0.5 && n.spot.page() == charge.page()
                            && n.spot.phrase().box.y0() < charge.phrase().box.y0()).toList()
                    .forEach(n -> net.add(new Proposal(n.value.add(charge.value()), null, n.score * 0.9)));
        }
        paid.ifPresent(payment -> paidTotal(payment, gross, pool).ifPresent(gross::add));
        List<Proposal> grossSide = new ArrayList<>(gross);
        // On the gross total's side, a label of what is left to pay weighs no more than any label of what is due.
        due.forEach(d -> grossSide.add(new Proposal(d.value, d.spot,
                Math.min(d.score, d.spot.nearness() + 0.1 * reading.depth(d.spot.phrase())) * 0.7)));
        pool.stream().sorted(Comparator.comparing((Proposal p) -> p.value.abs()).reversed()).limit(6).forEach(grossSide::add);
        List<Proposal> taxSide = new ArrayList<>(tax);
        pool.forEach(taxSide::add);

        // Cash receipts round the total to the coin: the arithmetic allows for it when they say so.
        BigDecimal tolerance = reading.hits(Concept.ROUNDING).isEmpty() ? CENT : FIVE_CENTS;
        Combination best = null;
        Combination runnerUp = null;
        // A breakdown that charges tax at some rate rules out a tax of nothing.
        boolean taxCharged = breakdown.stream().anyMatch(f -> f.line().tax().signum() != 0);
        for (Proposal g : top(grossSide)) {
            for (Proposal t : top(taxSide)) {
                if (taxCharged && t.value.signum() == 0) {
                    continue;
                }
                BigDecimal wanted = g.value.subtract(t.value);
                if (t.value.signum() != 0 && wanted.signum() != 0 && t.value.signum() != wanted.signum()) {
                    continue;
                }
                if (t.value.abs().compareTo(g.value.abs()) >= 0 || sameSpot(t, g)) {
                    continue;
                }
                for (Proposal n : concat(net, pool)) {
                    // A net of nothing makes the gross its tax: "0.00 + 0.00 = -0.01" proves no total; nor does
                    // an amount no label names that equals the net with no tax between them.
                    if (n.value.signum() == 0 || g.value.abs().compareTo(tolerance) <= 0 || t.value.signum() == 0 && g.score < 0.5) {
                        continue;
                    }
                    // A total to the nearest five cents, as a till rounds cash, may differ by two cents from what it sums.
                    BigDecimal allowed = g.score >= 0.5 && g.value.remainder(FIVE_CENTS).signum() == 0 ? tolerance.max(TWO_CENTS) : tolerance;
                    if (sameSpot(n, g) || sameSpot(n, t) || n.value.subtract(wanted).abs().compareTo(allowed) > 0
                            || t.value.abs().compareTo(n.value.abs().multiply(MAX_RATE)) > 0) {
                        continue;
                    }
                    if (oneRateOnly(n, t)) {
                        continue;
                    }
                    if (g.score < 0.5 && t.score < 0.5 && n.score < 0.5) {
                        // Three amounts no label points at that happen to add up (prices on a till slip): no totals.
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
        BigDecimal combined = best == null ? null : best.gross.value;
        if (best != null && best.gross.score < 0.5 && (gross.stream().anyMatch(g -> g.score >= STRONG && g.value.compareTo(combined) != 0)
                || due.stream().anyMatch(d -> d.score >= STRONG && d.value.abs().compareTo(combined.abs()) > 0))) {
            // Amounts no label names that happen to add up (a line's amount, its base and tax in a summary; the part
            // at one rate of a slip's goods) do not overrule a total its label names clearly ("Total (including GST)",
            // "TOTAL PAYABLE").
            best = null;
            runnerUp = null;
        }
        if (best == null) {
            best = included(tax, grossSide);
        }
        Combination untaxed = untaxed(net, tax, gross);
        if (untaxed != null && (best == null || untaxed.score > best.score)) {
            best = untaxed;
        }
        Map<FieldKey, Scored.Choice> chosen = new EnumMap<>(FieldKey.class);
        if (best != null) {
            double confidence = best.consistent ? (best.labelled() ? 0.97 : 0.85) : 0.6;
            if (doubted(best, runnerUp, gross, due)) {
                confidence = Math.min(confidence, DOUBTED);
            }
            put(chosen, FieldKey.NET_TOTAL, best.net, net, confidence);
            put(chosen, FieldKey.TAX_TOTAL, best.tax, tax, confidence);
            put(chosen, FieldKey.GROSS_TOTAL, best.gross, gross, confidence);
        } else {
            Optional<Proposal> n = bestOf(net.stream().filter(p -> p.spot != null).toList());
            Optional<Proposal> g = bestOf(gross);
            // No tax larger than any rate allows beside the totals found: a taxable amount in a summary is none.
            Optional<Proposal> t = bestOf(tax.stream().filter(p -> n.isEmpty() || plausible(n.get().value, p.value))
                    .filter(p -> g.isEmpty() || plausible(g.get().value.subtract(p.value), p.value)).toList());
            n.ifPresent(p -> put(chosen, FieldKey.NET_TOTAL, p, net, 0.6));
            t.ifPresent(p -> put(chosen, FieldKey.TAX_TOTAL, p, tax, 0.6));
            g.ifPresent(p -> put(chosen, FieldKey.GROSS_TOTAL, p, gross, 0.6));
            derive(chosen, n, t, g);
        }
        afterRounding(chosen, gross, grossSide);
        paid.ifPresent(payment -> confirmPaid(chosen, payment.total()));
        amountDue(chosen, due, gross);
        return chosen;
    }

    /**
     * Whether a net and a tax are one row of a breakdown that taxes other amounts at other rates: the part
     * of the invoice at one rate ("MwSt 20 % 180,08 36,02 216,10"), which adds up as well as the totals do.
     * A row the others sum to is the breakdown's total row, read as a row.
     */
    private boolean oneRateOnly(Proposal n, Proposal t) {
        if (breakdown.size() < 2) {
            return false;
        }
        for (VatBreakdownReader.Found row : breakdown) {
            if (row.line().base().compareTo(n.value) == 0 && row.line().tax().compareTo(t.value) == 0) {
                BigDecimal others = breakdown.stream().filter(f -> f != row).map(f -> f.line().base()).reduce(BigDecimal.ZERO, BigDecimal::add);
                return others.signum() == n.value.signum() && others.compareTo(n.value) != 0;
            }
        }
        return false;
    }

    /**
     * The total a slip's payment names, cash less change: the amount printed that equals it, as if a label
     * named it; or, where none does and no label names a total, the payment itself, worked out.
     */
    private static Optional<Proposal> paidTotal(TillSlip.Payment payment, List<Proposal> gross, List<Proposal> pool) {
        BigDecimal total = payment.total();
        // The payment's own amounts are not a second reading of it; nor does it outweigh a total a label names otherwise.
        Optional<Proposal> printed = concat(gross, pool).stream()
                .filter(p -> p.spot != null && p.value.compareTo(total) == 0 && !payment.prints(p.spot.phrase()))
                .max(Comparator.comparingDouble(Proposal::score));
        boolean labelledOtherwise = gross.stream().anyMatch(g -> g.score >= 0.5 && g.value.compareTo(total) != 0);
        if (printed.isPresent()) {
            return Optional.of(new Proposal(total, printed.get().spot, labelledOtherwise ? printed.get().score : Math.max(printed.get().score, PAID)));
        }
        return gross.stream().anyMatch(g -> g.score >= 0.5) ? Optional.empty() : Optional.of(new Proposal(total, null, 0.5));
    }

    /**
     * A gross total printed on the page that is what the slip says was paid, cash less change: two readings
     * agree on it, and it is sure. A subtotal of the same amount, the tax beside it, was priced with the
     * tax: the net is what is left without it.
     */
    private static void confirmPaid(Map<FieldKey, Scored.Choice> chosen, BigDecimal total) {
        Scored.Choice gross = chosen.get(FieldKey.GROSS_TOTAL);
        if (gross == null || gross.chosen().box() == null || new BigDecimal(gross.chosen().value()).compareTo(total) != 0) {
            return;
        }
        Candidate g = gross.chosen();
        if (g.confidence() < PAID_CONFIRMS) {
            chosen.put(FieldKey.GROSS_TOTAL, new Scored.Choice(new Candidate(g.value(), g.printed(), PAID_CONFIRMS, g.page(), g.box()), gross.others()));
        }
        Scored.Choice net = chosen.get(FieldKey.NET_TOTAL);
        Scored.Choice tax = chosen.get(FieldKey.TAX_TOTAL);
        if (net != null && tax != null && new BigDecimal(net.chosen().value()).compareTo(total) == 0) {
            BigDecimal charged = new BigDecimal(tax.chosen().value());
            if (charged.signum() > 0 && plausible(total.subtract(charged), charged)) {
                derived(chosen, FieldKey.NET_TOTAL, total.subtract(charged));
            }
        }
    }

    /**
     * A gross total printed above the rounding line is the amount before rounding ("TOTAL (INCL GST)
     * 14.98 / ROUNDING 0.02 / GRAND TOTAL 15.00"): where the total after the line was not read, it is
     * that amount with the rounding, worked out and said so; where the rounding was not read either,
     * the total before it is kept, but not as sure.
     */
    private void afterRounding(Map<FieldKey, Scored.Choice> chosen, List<Proposal> gross, List<Proposal> grossSide) {
        Scored.Choice chosenGross = chosen.get(FieldKey.GROSS_TOTAL);
        List<Labels.Hit> rounding = reading.hits(Concept.ROUNDING);
        if (chosenGross == null || chosenGross.chosen().box() == null || rounding.isEmpty()) {
            return;
        }
        Phrase line = rounding.getLast().phrase();
        Candidate before = chosenGross.chosen();
        BigDecimal value = new BigDecimal(before.value());
        Optional<Proposal> afterLine = rounded(value, gross);
        boolean above = before.page() == line.page && before.box().y0() < line.box.y0();
        // The same total before rounding printed again lower down (a tax summary's "TOTAL 8.96") does not
        // outweigh a total the page labels as after rounding ("TOTAL AFTER ADJ INCL GST 8.95").
        if (!above && afterLine.filter(p -> p.score >= STRONG).isEmpty()) {
            return;
        }
        if (afterLine.isPresent()) {
            // A total after the line is the gross, what was paid ("TOTAL RM 30.50" under "TOTAL INCL. GST 30.48");
            // an amount due after it ("Open Amount") leaves the gross as it is.
            Spot<BigDecimal> total = afterLine.get().spot;
            chosen.put(FieldKey.GROSS_TOTAL, overBefore(new Candidate(total.value().toPlainString(), total.printed(), before.confidence(),
                    total.page(), total.box()), before, List.of()));
            return;
        }
        if (rounded(value, grossSide).isPresent()) {
            return;
        }
        Optional<Spot<BigDecimal>> onLine = amountOnLine(rounding.getLast());
        if (onLine.isPresent() && onLine.get().value().abs().compareTo(ROUNDING_AT_MOST) > 0
                && onLine.get().value().subtract(value).abs().compareTo(FIVE_CENTS) <= 0) {
            // "ROUNDING RM 4.70" under "TOTAL 4.69": the line gives the total rounded, not the cents.
            Spot<BigDecimal> total = onLine.get();
            chosen.put(FieldKey.GROSS_TOTAL, overBefore(new Candidate(total.value().toPlainString(), total.printed(),
                    Math.min(before.confidence(), DOUBTED), total.page(), total.box()), before, chosenGross.others()));
            return;
        }
        Optional<BigDecimal> adjustment = onLine.map(Spot::value).filter(v -> v.abs().compareTo(ROUNDING_AT_MOST) <= 0);
        if (adjustment.isEmpty()) {
            chosen.put(FieldKey.GROSS_TOTAL, new Scored.Choice(atMost(before, DOUBTED), chosenGross.others()));
        } else if (adjustment.get().signum() != 0) {
            String after = value.add(adjustment.get()).toPlainString();
            chosen.put(FieldKey.GROSS_TOTAL, overBefore(new Candidate(after, after, DERIVED_UNCONFIRMED, 0, null), before, chosenGross.others()));
        }
    }

    /** The total after rounding chosen, the total before it first among the others, as a guess. */
    private static Scored.Choice overBefore(Candidate after, Candidate before, List<Candidate> others) {
        List<Candidate> all = new ArrayList<>(others);
        all.addFirst(atMost(before, 0.5));
        return new Scored.Choice(after, all);
    }

    private static Candidate atMost(Candidate c, double confidence) {
        return new Candidate(c.value(), c.printed(), Math.min(c.confidence(), confidence), c.page(), c.box());
    }

    /** The amount on the rounding line, right of its label. */
    private Optional<Spot<BigDecimal>> amountOnLine(Labels.Hit hit) {
        Line line = reading.layout.lineOf(hit.phrase());
        List<Phrase> phrases = line.phrases();
        for (int i = phrases.indexOf(hit.phrase()); i < phrases.size(); i++) {
            Phrase p = phrases.get(i);
            List<Spot<BigDecimal>> money = reading.money(p, p == hit.phrase() ? hit.end() : 0);
            if (!money.isEmpty()) {
                return Optional.of(money.getFirst());
            }
        }
        return Optional.empty();
    }

    /**
     * Two totals labelled on the page and the third not found: the third is worked out from them, and
     * said to be so. Not when the two cannot belong together (a tax larger than any rate allows).
     */
    private void derive(Map<FieldKey, Scored.Choice> chosen, Optional<Proposal> net, Optional<Proposal> tax, Optional<Proposal> gross) {
        boolean labelledNet = net.filter(p -> p.score >= 0.5).isPresent();
        boolean labelledTax = tax.filter(p -> p.score >= 0.5 || p.spot == null).isPresent();
        boolean labelledGross = gross.filter(p -> p.score >= 0.5).isPresent();
        if (labelledNet && labelledTax && gross.isEmpty()) {
            BigDecimal sum = net.get().value.add(tax.get().value);
            if (plausible(net.get().value, tax.get().value)) {
                derived(chosen, FieldKey.GROSS_TOTAL, sum);
            }
        } else if (labelledGross && labelledTax && net.isEmpty()) {
            BigDecimal rest = gross.get().value.subtract(tax.get().value);
            if (plausible(rest, tax.get().value)) {
                derived(chosen, FieldKey.NET_TOTAL, rest);
            }
        } else if (labelledGross && labelledNet && tax.isEmpty()) {
            BigDecimal rest = gross.get().value.subtract(net.get().value);
            if (plausible(net.get().value, rest)) {
                derived(chosen, FieldKey.TAX_TOTAL, rest);
            }
        } else if (net.isEmpty() && gross.isEmpty()) {
            // Items and no total on the page (the first page of several): the net so far is their sum.
            itemsSum.filter(sum -> sum.signum() != 0).ifPresent(sum -> derived(chosen, FieldKey.NET_TOTAL, sum));
        }
    }

    /**
     * Taxes at several rates and no total of them printed ("USt. 19 % 7,98 / USt. 7 % 1,31"): their sum is
     * the tax, worked out. Each rate counts once, with its best-named amount.
     */
    private static Optional<Proposal> taxesAtSeveralRates(List<Proposal> tax) {
        Map<BigDecimal, Proposal> byRate = new HashMap<>();
        for (Proposal t : tax) {
            if (t.rate != null && t.rate.signum() > 0 && t.spot != null && t.score >= 0.5) {
                byRate.merge(t.rate.stripTrailingZeros(), t, (a, b) -> a.score >= b.score ? a : b);
            }
        }
        if (byRate.size() < 2 || byRate.values().stream().map(p -> p.value.signum()).distinct().count() > 1) {
            return Optional.empty();
        }
        BigDecimal sum = byRate.values().stream().map(Proposal::value).reduce(BigDecimal.ZERO, BigDecimal::add);
        double score = byRate.values().stream().mapToDouble(Proposal::score).min().orElse(0) * 0.9;
        return Optional.of(new Proposal(sum, null, score));
    }

    /** A net and a tax that can stand on one invoice: the same sign, and a tax no rate exceeds. */
    private static boolean plausible(BigDecimal net, BigDecimal tax) {
        return net.signum() != 0 && (tax.signum() == 0 || tax.signum() == net.signum())
                && tax.abs().compareTo(net.abs().multiply(MAX_RATE)) <= 0;
    }

    private static void derived(Map<FieldKey, Scored.Choice> chosen, FieldKey key, BigDecimal value) {
        String plain = value.setScale(Math.max(2, value.scale()), java.math.RoundingMode.UNNECESSARY).toPlainString();
        chosen.put(key, new Scored.Choice(new Candidate(plain, plain, DERIVED_UNCONFIRMED, 0, null), List.of()));
    }

    /** Whether the invoice says no VAT is charged on it. */
    private boolean saysNoVat() {
        for (Line line : reading.layout.allLines()) {
            if (NO_VAT.in(line.folded())) {
                return true;
            }
        }
        return false;
    }

    /**
     * A total and the tax it says it includes at a rate ("Total includes 6% GST 0.76" under "Total 13.50"),
     * the tax being that rate's share of the total: both are confirmed, and the net is what is left.
     */
    private static Combination included(List<Proposal> tax, List<Proposal> gross) {
        Combination best = null;
        for (Proposal t : tax) {
            if (t.rate == null || t.rate.signum() <= 0 || t.score < 0.5) {
                continue;
            }
            for (Proposal g : gross) {
                if (g.score < LABELLED_DUE || sameSpot(t, g)) {
                    continue;
                }
                BigDecimal share = g.value.multiply(t.rate).divide(t.rate.add(new BigDecimal(100)), 2, java.math.RoundingMode.HALF_UP);
                if (share.subtract(t.value).abs().compareTo(CENT) > 0) {
                    continue;
                }
                double score = g.score + t.score + CONSISTENT;
                if (best == null || score > best.score) {
                    // The net is not printed: it stands nowhere, and is no label's.
                    best = new Combination(new Proposal(g.value.subtract(t.value), null, 0), t, g, score, true);
                }
            }
        }
        return best;
    }

    /**
     * An invoice without tax (exempt, reverse charge): the net and the gross are the same amount; not
     * one whose labels name a tax of some amount.
     */
    private Combination untaxed(List<Proposal> net, List<Proposal> tax, List<Proposal> gross) {
        if (tax.stream().anyMatch(t -> t.score >= STRONG && t.value.signum() != 0)) {
            return null;
        }
        Combination best = null;
        for (Proposal g : gross) {
            for (Proposal n : net) {
                // The items' sum equal to the gross says nothing of a tax: they may be priced with it; nor does
                // an amount a total's label reaches only far off (the subtotal above "Total: 17.22").
                if (n.spot == null || g.score < 0.5 || n.value.compareTo(g.value) != 0) {
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

    private void amountDue(Map<FieldKey, Scored.Choice> chosen, List<Proposal> due, List<Proposal> totals) {
        Scored.Choice gross = chosen.get(FieldKey.GROSS_TOTAL);
        Optional<Proposal> labelled = bestOf(due);
        Optional<Proposal> rounded = gross == null ? Optional.empty() : rounded(new BigDecimal(gross.chosen().value()), totals);
        if (labelled.isPresent() && labelled.get().score >= 0.5) {
            Proposal d = labelled.get();
            boolean agrees = gross != null && new BigDecimal(gross.chosen().value()).compareTo(d.value) == 0;
            put(chosen, FieldKey.AMOUNT_DUE, d, due, agrees ? gross.chosen().confidence() : 0.75);
        } else if (rounded.isPresent()) {
            // Cash paid to the coin: what is due is the total after the rounding line.
            put(chosen, FieldKey.AMOUNT_DUE, rounded.get(), totals, Math.min(DOUBTED, gross.chosen().confidence()));
        } else if (gross != null) {
            // Nothing says part of it was paid: what is due is the gross total.
            Candidate g = gross.chosen();
            chosen.put(FieldKey.AMOUNT_DUE, new Scored.Choice(new Candidate(g.value(), g.printed(), Math.min(DOUBTED, g.confidence()), g.page(), g.box()), List.of()));
        }
    }

    /**
     * The total printed under a rounding line that differs from the gross by the rounding alone
     * ("TOTAL 40.99 / ROUNDING ADJ 0.01 / TOTAL RM 41.00"), when the invoice rounds.
     */
    private Optional<Proposal> rounded(BigDecimal gross, List<Proposal> totals) {
        List<Labels.Hit> rounding = reading.hits(Concept.ROUNDING);
        if (rounding.isEmpty()) {
            return Optional.empty();
        }
        Labels.Hit last = rounding.getLast();
        return totals.stream()
                .filter(t -> t.spot != null && t.score >= 0.5 && t.spot.page() == last.phrase().page
                        && t.spot.phrase().box.y0() > last.phrase().box.y0())
                .filter(t -> {
                    BigDecimal off = t.value.subtract(gross).abs();
                    return off.signum() > 0 && off.compareTo(FIVE_CENTS) <= 0;
                })
                .max(Comparator.comparingDouble(Proposal::score));
    }

    /** Whether other amounts on the page speak against totals that add up, which then cannot look sure. */
    private static boolean doubted(Combination best, Combination runnerUp, List<Proposal> gross, List<Proposal> due) {
        // Two sets of totals add up about as well (a table of rates and its sum row).
        boolean rival = runnerUp != null && runnerUp.score >= best.score - 0.3;
        boolean weakGross = best.gross.score < STRONG;
        BigDecimal found = best.gross.value;
        // A total its label names clearly says otherwise ("Rechnungsbetrag 69,98" against a line's 20,00).
        boolean grossSaysOtherwise = weakGross && gross.stream().anyMatch(g -> g.score >= STRONG && g.value.compareTo(found) != 0);
        // More is due than the gross found ("Verschuldigd bedrag € 70,52" against a line's 3,00).
        boolean moreDue = weakGross && due.stream().anyMatch(d -> d.score >= STRONG && d.value.abs().compareTo(found.abs()) > 0);
        return rival || grossSaysOtherwise || moreDue;
    }

    private record Combination(Proposal net, Proposal tax, Proposal gross, double score, boolean consistent) {
        boolean sameValues(Combination other) {
            return net.value.compareTo(other.net.value) == 0 && tax.value.compareTo(other.tax.value) == 0
                    && gross.value.compareTo(other.gross.value) == 0;
        }

        boolean labelled() {
            // A tax of zero counts when the invoice says so, not when it is only assumed.
            return net.score >= 0.5 && gross.score >= 0.5 && tax.score >= 0.5;
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
            BigDecimal rate = concept == Concept.TAX ? rate(hit) : null;
            boolean ownAmount = false;
            for (Spot<BigDecimal> spot : reading.search.after(hit, reading::money)) {
                // Totals stand low on the last page: among equals, the later one is the summary; but not one
                // in another currency than the invoice's ("For GST purposes … SGD 3,893.88" under "USD 3,010.58").
                double score = (hit.weight() * spot.nearness() + 0.1 * reading.depth(spot.phrase())) * (foreign(spot) ? FOREIGN : 1);
                proposals.add(new Proposal(spot.value(), spot, score, rate));
                ownAmount |= spot.page() == hit.phrase().page && spot.phrase().lineIndex == hit.phrase().lineIndex;
            }
            // A label with its amount beside it ("Offener Betrag 0,00") heads no column of a table below.
            if (!ownAmount) {
                columnTotal(hit).ifPresent(spot -> proposals.add(new Proposal(spot.value(), spot, hit.weight() + 0.1 * reading.depth(spot.phrase()), rate)));
            }
        }
        return proposals;
    }

    /** How much an amount in another currency than the invoice's weighs, against one in it. */
    private static final double FOREIGN = 0.5;

    /** Whether an amount's line names a currency, and not the invoice's. */
    private boolean foreign(Spot<BigDecimal> spot) {
        return currency.filter(own -> {
            Set<String> named = CurrencyReader.codesIn(reading.layout.lineOf(spot.phrase()).text());
            return !named.isEmpty() && !named.contains(own);
        }).isPresent();
    }

    /** A line that sums a table's columns: "Total facture 30.41 6.08 36.49", "RAZEM 59,33 23% 13,65 72,98". */
    private static final Screened TOTAL_ROW = Screened.compile("^(?:total|totaal|totale|summe|gesamt|razem|suma|sum|montant\\s*total|somme)(?![a-z])");

    /**
     * The amount a table's total row prints under a column whose header is the label ("Montant TTC" over
     * the rows, "Total facture … 36.49" below): the column's total. Only a row of several amounts, the
     * first such row under the header on its page.
     */
    private Optional<Spot<BigDecimal>> columnTotal(Labels.Hit hit) {
        Phrase header = hit.phrase();
        List<Line> lines = reading.layout.lines(header.page);
        double x0 = header.box.x0() - 0.02;
        double x1 = header.box.x1() + 0.02;
        for (int j = header.lineIndex + 1; j < lines.size(); j++) {
            Line line = lines.get(j);
            if (!TOTAL_ROW.in(line.phrases().getFirst().folded)) {
                continue;
            }
            List<Spot<BigDecimal>> amounts = line.phrases().stream().flatMap(p -> reading.money(p, 0).stream()).toList();
            if (amounts.size() < 2) {
                continue;
            }
            return amounts.stream().filter(a -> a.box().x1() >= x0 && a.box().x0() <= x1 && a.phrase() != header)
                    .reduce((a, b) -> b).map(a -> a.near(1));
        }
        return Optional.empty();
    }

    /**
     * The amounts of the lines that charge for service ("10% SRV CHG 1.55", "Service charge 4.20"), not
     * the tax on it ("dont TVA 20 % (frais de service) 0,33").
     */
    private List<Spot<BigDecimal>> serviceCharges() {
        List<Spot<BigDecimal>> charges = new ArrayList<>();
        java.util.Set<Phrase> taxLabels = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        reading.hits(Concept.TAX).forEach(hit -> taxLabels.add(hit.phrase()));
        for (Line line : reading.layout.allLines()) {
            if (SERVICE.in(line.folded()) && line.phrases().stream().noneMatch(taxLabels::contains)) {
                line.phrases().stream().flatMap(p -> reading.money(p, 0).stream())
                        .filter(v -> v.value().signum() > 0).reduce((first, second) -> second).ifPresent(charges::add);
            }
        }
        return charges;
    }

    /** Whether two proposals are the same printed amount, proposed twice (by a label and by the pool). */
    private static boolean sameSpot(Proposal a, Proposal b) {
        return a.spot != null && b.spot != null && a.spot.phrase() == b.spot.phrase() && a.spot.start() == b.spot.start();
    }

    /** The rate a tax label states, when it states one: in its phrase, or in the phrase right after it ("USt." "7%"). */
    private BigDecimal rate(Labels.Hit hit) {
        java.util.regex.Matcher m = RATE.matcher(hit.phrase().text);
        if (m.find()) {
            return new BigDecimal(m.group(1).replace(',', '.'));
        }
        List<Phrase> line = reading.layout.lineOf(hit.phrase()).phrases();
        int at = line.indexOf(hit.phrase());
        return at + 1 < line.size() ? Reading.rateAlone(line.get(at + 1)).orElse(null) : null;
    }

    /**
     * Every money amount of the invoice, each weighed a little, so the arithmetic can complete what labels
     * miss; but not the cash handed over and the change given back, which always add up to the total.
     */
    private List<Proposal> pool() {
        Map<BigDecimal, Proposal> latest = new HashMap<>();
        List<Phrase> roundingLines = reading.hits(Concept.ROUNDING).stream().map(Labels.Hit::phrase).toList();
        for (Line line : reading.layout.allLines()) {
            // Nor the few cents a rounding line adds or takes, nor a charge for service or carriage: it adds to the net.
            if (TillSlip.CASH.in(line.folded()) || line.phrases().stream().anyMatch(roundingLines::contains) || SERVICE.in(line.folded())) {
                continue;
            }
            for (Phrase p : line.phrases()) {
                for (Spot<BigDecimal> spot : reading.money(p, 0)) {
                    latest.put(spot.value().stripTrailingZeros(), new Proposal(spot.value(), spot, 0.1 + 0.1 * reading.depth(p)));
                }
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
