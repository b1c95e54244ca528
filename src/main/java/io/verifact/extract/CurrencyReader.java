package io.verifact.extract;

import io.verifact.model.Candidate;
import io.verifact.model.Engine;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The invoice's currency, as an ISO 4217 code: a code printed near a label or beside amounts, or a
 * sign ({@code €}, {@code $}, {@code £}) standing for one.
 */
final class CurrencyReader {

    private static final Pattern CODE = Pattern.compile("(?<![A-Za-z])(EUR|USD|GBP|CHF|CAD|AUD|NZD|JPY|SEK|NOK|DKK|PLN|CZK|HUF|RON|BGN|CNY|INR|MYR|SGD|HKD|MAD|TND|XOF|XAF|ZAR"
            + "|AED|SAR|QAR|KWD|BHD|OMR|ILS|TRY|EGP|NGN|KES|BRL|MXN|ARS|CLP|COP|PEN|KRW|THB|IDR|PHP|VND|TWD|ISK|RSD|UAH)(?![A-Za-z])");
    /** The codes, looked for only where one can begin: every phrase of an invoice is asked for them. */
    private static final Screened SCREENED_CODE = Screened.of(CODE);
    private static final Pattern SIGN = Pattern.compile("(?<![A-Za-z])(?:US|AU|A|CA|C|NZ|SG|S|HK|R)\\$|[€$£₹¥]|(?<![A-Za-z])(?:euros?|EURO|RM|Rs\\.?)(?=\\s?\\d|\\))|(?<![A-Za-z])(?:euros?|EURO)(?![A-Za-z])|(?<!\\p{L})z[łl](?!\\p{L})|(?<!\\p{L})Kč(?!\\p{L})|(?<=\\d\\s?)K[ceé](?!\\p{L})");

    /** Words of a line that gives the total in another currency, at a rate. */
    private static final Pattern CONVERSION = Pattern.compile("(?<![a-z])(?:kurs|exchange\\s*rate|wechselkurs|taux\\s*de\\s*change|wisselkoers"
            + "|approx(?:imately)?|equivalent|entspricht|svarer\\s*til|motsvarar|tilsvarer|soit\\s*environ|circa|ca\\.)(?![a-z])");

    /** Where a bare dollar sign is not the US dollar: the country's words, numbers and addresses say so. */
    private static final List<Map.Entry<String, Pattern>> DOLLAR_COUNTRIES = List.of(
            Map.entry("AUD", Pattern.compile("(?<![A-Za-z])(?:ABN|ACN|Pty|PTY|Australia|AUSTRALIA)(?![A-Za-z])|(?<![A-Z])(?:NSW|VIC|QLD|TAS|ACT)\\s+\\d{4}(?!\\d)")),
            Map.entry("NZD", Pattern.compile("(?<![A-Za-z])(?:NZBN|New Zealand|NEW ZEALAND)(?![A-Za-z])")),
            Map.entry("CAD", Pattern.compile("(?<![A-Za-z])(?:Canada|CANADA|HST|QST)(?![A-Za-z])|(?<![A-Z0-9])[A-Z]\\d[A-Z] \\d[A-Z]\\d(?![A-Z0-9])")),
            Map.entry("SGD", Pattern.compile("(?<![A-Za-z])(?:Singapore|SINGAPORE|UEN)(?![A-Za-z])")),
            Map.entry("HKD", Pattern.compile("(?<![A-Za-z])(?:Hong Kong|HONG KONG)(?![A-Za-z])")),
            Map.entry("MXN", Pattern.compile("(?<![A-Za-z])(?:México|Mexico|MÉXICO|MEXICO|RFC|CFDI)(?![A-Za-z])")));
    /** "kr" beside an amount: the crown of the country the invoice comes from. */
    private static final Pattern CROWN = Pattern.compile("(?<=\\d\\s?)kr\\.?(?![\\p{L}])|(?<![\\p{L}])kr\\.?(?=\\s?\\d)", Pattern.CASE_INSENSITIVE);
    /** Whose crown: a country's VAT number or IBAN, or the words only its invoices print. */
    private static final List<Map.Entry<String, Pattern>> CROWN_COUNTRIES = List.of(
            Map.entry("SEK", Pattern.compile("(?<![A-Z0-9])SE\\s?\\d{10}01(?!\\d)|(?<![A-Z0-9])SE\\d{2}(?: ?\\d{4}){5}|(?i:att\\s+betala|bankgiro|plusgiro)")),
            Map.entry("NOK", Pattern.compile("(?<![A-Z0-9])NO\\s?\\d{3}\\s?\\d{3}\\s?\\d{3}\\s?MVA|(?<![A-Z0-9])NO\\d{2}(?: ?\\d{4}){2} ?\\d{3}|(?i:å\\s+betale|foretaksregisteret|kid-?nr)")),
            Map.entry("DKK", Pattern.compile("(?<![A-Z0-9])DK\\s?\\d{8}(?!\\d)|(?<![A-Z0-9])DK\\d{2}(?: ?\\d{4}){3} ?\\d{2}|(?i:at\\s+betale|cvr)")),
            Map.entry("ISK", Pattern.compile("(?<![A-Z0-9])IS\\d{2}(?: ?\\d{4}){5} ?\\d{2}|(?i:kennitala)")));
    /** An IBAN of a country that pays in euros: an invoice that prints no currency at all is in euros then. */
    private static final Pattern EURO_IBAN = Pattern.compile("(?<![A-Z0-9])(?:AT|BE|BG|CY|DE|EE|ES|FI|FR|GR|HR|IE|IT|LT|LU|LV|MT|NL|PT|SI|SK)\\d{2} ?[0-9A-Z]{4}");
    /** A US address: a state's two capitals and a ZIP code, or the country named. */
    private static final Pattern US = Pattern.compile("(?<![A-Za-z])(?:USA|U\\.S\\.A\\.|United States)(?![A-Za-z])|(?<![A-Za-z])[A-Z]{2}\\s+\\d{5}(?:-\\d{4})?(?!\\d)");

    private final Reading reading;

    CurrencyReader(Reading reading) {
        this.reading = reading;
    }

    Optional<Scored.Choice> read() {
        for (Labels.Hit hit : reading.hits(Concept.CURRENCY)) {
            List<Spot<String>> spots = reading.search.after(hit, this::codes);
            if (!spots.isEmpty()) {
                Spot<String> s = spots.getFirst();
                return Optional.of(choice(s.value(), s, 0.97));
            }
        }
        // In the order first printed: of two currencies printed as often, the first is the invoice's, the other a conversion.
        Map<String, Integer> counts = new LinkedHashMap<>();
        Map<String, Spot<String>> where = new HashMap<>();
        boolean coded = false;
        boolean scanned = false;
        // Whose dollar a bare "$" is, looked for at the first "$".
        String dollar = null;
        boolean dollarSought = false;
        // Whose crown "kr" is, looked for at the first "kr": empty when no country says so.
        String crown = null;
        boolean crowned = false;
        for (Phrase p : reading.layout.allPhrases()) {
            List<Spot<String>> printed = codes(p, 0);
            // A code on a line that converts the total ("Svarer til ca. EUR (kurs 7,4604)") is another currency's.
            int weight = !printed.isEmpty() && CONVERSION.matcher(reading.layout.lineOf(p).folded()).find() ? 1 : 2;
            for (Spot<String> s : printed) {
                counts.merge(s.value(), weight, Integer::sum);
                where.putIfAbsent(s.value(), s);
                coded = true;
            }
            boolean read = reading.layout.pages.stream().anyMatch(page -> page.number() == p.page && page.engine() != Engine.TEXT);
            scanned |= read;
            Matcher m = SIGN.matcher(p.text);
            while (m.find()) {
                if (read && m.group().length() == 1 && p.text.startsWith(".", m.end())) {
                    // On a scan a sign with a full stop after it is a misread letter ("č." read as "£."), no currency.
                    continue;
                }
                if (m.group().equals("$") && !dollarSought) {
                    dollar = dollarCountry();
                    dollarSought = true;
                }
                String code = switch (m.group()) {
                    case "$" -> dollar == null ? "USD" : dollar;
                    case "US$" -> "USD";
                    case "AU$", "A$" -> "AUD";
                    case "CA$", "C$" -> "CAD";
                    case "NZ$" -> "NZD";
                    case "SG$", "S$" -> "SGD";
                    case "HK$" -> "HKD";
                    case "R$" -> "BRL";
                    case "zł", "zl" -> "PLN";
                    // Without its háček, as typed or as OCR reads it, after an amount: "1 210,00 Kc", "60 495,46 Ke".
                    case "Kč", "Kc", "Ke", "Ké" -> "CZK";
                    case "£" -> "GBP";
                    case "₹", "Rs", "Rs." -> "INR";
                    case "¥" -> "JPY";
                    case "RM" -> "MYR";
                    default -> "EUR";
                };
                counts.merge(code, 1, Integer::sum);
                where.putIfAbsent(code, new Spot<>(code, p, m.start(), m.end(), 0));
            }
            Matcher kr = CROWN.matcher(p.text);
            while (kr.find()) {
                crown = crown == null ? country(CROWN_COUNTRIES) : crown;
                if (crown.isEmpty()) {
                    break;
                }
                counts.merge(crown, 1, Integer::sum);
                where.putIfAbsent(crown, new Spot<>(crown, p, kr.start(), kr.end(), 0));
                crowned = true;
            }
        }
        if (counts.isEmpty()) {
            // Nothing says the currency: an invoice paid to a euro country's bank account is in euros, not surely.
            for (Phrase p : reading.layout.allPhrases()) {
                Matcher iban = EURO_IBAN.matcher(p.text);
                if (iban.find()) {
                    return Optional.of(choice("EUR", new Spot<>("EUR", p, iban.start(), iban.end(), 0), 0.6));
                }
            }
        }
        // One currency, printed as a code or as signs beside several amounts, is sure; a single sign may be
        // a misread letter, and on a scan any sign may be (P read as ¥, S as $).
        // A crown's country is told by the invoice's marks, not by the sign: it looks sure only beside a code.
        boolean sure = counts.size() == 1 && (coded || !scanned && !crowned && counts.values().iterator().next() >= 2);
        // A bare dollar sign with no country to say whose dollar is most often, not always, the US one.
        boolean unsaidDollar = !coded && counts.containsKey("USD") && where.get("USD").printed().equals("$") && dollar == null
                && reading.layout.allPhrases().stream().noneMatch(p -> US.matcher(p.text).find());
        return counts.entrySet().stream().max(Map.Entry.comparingByValue())
                .map(e -> choice(e.getKey(), where.get(e.getKey()), sure && !(unsaidDollar && e.getKey().equals("USD")) ? 0.95 : 0.8));
    }

    /** The country whose dollar a bare "$" is, where the invoice names one other than the US. */
    private String dollarCountry() {
        String found = country(DOLLAR_COUNTRIES);
        return found.isEmpty() ? null : found;
    }

    /** The first of the countries whose marks the invoice prints; empty when none. */
    private String country(List<Map.Entry<String, Pattern>> countries) {
        for (Map.Entry<String, Pattern> country : countries) {
            for (Phrase p : reading.layout.allPhrases()) {
                if (country.getValue().matcher(p.text).find()) {
                    return country.getKey();
                }
            }
        }
        return "";
    }

    /** The currency codes a text prints. */
    static Set<String> codesIn(String text) {
        Set<String> found = new HashSet<>();
        for (java.util.regex.MatchResult m : SCREENED_CODE.all(text)) {
            found.add(m.group(1));
        }
        return found;
    }

    private List<Spot<String>> codes(Phrase phrase, int from) {
        // From a label's end on, the region hides what stands before it, as it always has.
        List<java.util.regex.MatchResult> found = from == 0 ? SCREENED_CODE.all(phrase.text)
                : CODE.matcher(phrase.text).region(from, phrase.text.length()).results().toList();
        return found.stream().map(m -> new Spot<>(m.group(1), phrase, m.start(), m.end(), 0)).toList();
    }

    private static Scored.Choice choice(String code, Spot<String> spot, double confidence) {
        return new Scored.Choice(new Candidate(code, spot.printed(), confidence, spot.page(), spot.box()), List.of());
    }
}
