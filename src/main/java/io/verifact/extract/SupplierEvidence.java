package io.verifact.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What else on an invoice tells the supplier's name: the supplier's own e-mail or web address, printed
 * outside the buyer's block, carries the name in its domain ("info@cronus.com" for "CRONUS DE"); and
 * the footer prints the supplier's legal name beside its VAT number and IBAN; and a name printed
 * elsewhere ("Ardenergie SA" in the footer) that the letterhead shows without its legal form
 * ("ardenergie" as a logo).
 */
final class SupplierEvidence {

    private static final double DOMAIN = 0.5;
    private static final double BESIDE_IDENTIFIER = 0.3;
    private static final double IN_LETTERHEAD = 0.3;
    /** Where the letterhead ends, as a share of the first page's height. */
    private static final double LETTERHEAD = 0.12;
    /** Where a page's footer begins, as a share of its height. */
    private static final double FOOTER = 0.75;
    /** How far from an identifier, in line heights, a footer name still stands beside it. */
    private static final double BESIDE = 5;
    private static final Pattern ADDRESS = Pattern.compile(
            "[a-z0-9._%+-]+@([a-z0-9-]+(?:\\.[a-z0-9-]+)*\\.[a-z]{2,})|(?:https?://|www\\.)([a-z0-9-]+(?:\\.[a-z0-9-]+)*\\.[a-z]{2,})");
    /** Second-level labels that name no company ("amazon.co.uk"). */
    private static final Set<String> GENERIC = Set.of("co", "com", "org", "net", "ac", "gov", "or", "ne");
    /** Mail providers: their domain names the provider, not the sender. */
    private static final Set<String> PROVIDERS = Set.of("gmail", "googlemail", "gmx", "yahoo", "outlook", "hotmail", "live",
            "icloud", "aol", "tonline", "orange", "wanadoo", "laposte", "protonmail", "proton", "web", "free", "sfr");

    private final List<String> domains = new ArrayList<>();
    private final List<Phrase> besideIdentifiers = new ArrayList<>();
    /** The letterhead's phrases, with the key each is compared by. */
    private final java.util.Map<Phrase, String> letterhead = new java.util.IdentityHashMap<>();

    SupplierEvidence(Reading reading, PartyReader parties) {
        for (Phrase p : reading.layout.allPhrases()) {
            if (parties.inBuyerBlock(p.page, p.box) || p.folded.indexOf('@') < 0 && !p.folded.contains("www.") && !p.folded.contains("://")) {
                continue;
            }
            Matcher m = ADDRESS.matcher(p.folded);
            while (m.find()) {
                domainName(m.group(1) != null ? m.group(1) : m.group(2)).ifPresent(domains::add);
            }
        }
        for (Line line : reading.layout.lines(1)) {
            if (line.box().y0() >= LETTERHEAD) {
                break;
            }
            line.phrases().stream().filter(p -> !parties.inBuyerBlock(p.page, p.box)).forEach(p -> letterhead.put(p, key(p.text)));
        }
        IdentifierReader identifiers = reading.identifiers();
        List<Spot<String>> ids = new ArrayList<>(identifiers.vatNumbers());
        ids.addAll(identifiers.ibans());
        for (Spot<String> id : ids) {
            if (id.nearness() < 1 || id.box().y0() < FOOTER || parties.inBuyerBlock(id.page(), id.box())) {
                continue;
            }
            for (Line line : reading.layout.lines(id.page())) {
                if (line.box().y0() >= FOOTER && Math.abs(line.box().centerY() - id.box().centerY()) <= BESIDE * id.phrase().height()) {
                    besideIdentifiers.addAll(line.phrases());
                }
            }
        }
    }

    /** How much the rest of the invoice adds to a name found in a phrase. */
    double of(String name, Phrase where) {
        String key = key(name);
        if (key.length() < 3) {
            return 0;
        }
        double evidence = domains.stream().anyMatch(key::contains) ? DOMAIN : 0;
        String folded = Fold.fold(name.strip());
        if (besideIdentifiers.stream().anyMatch(p -> p.folded.contains(folded))) {
            evidence += BESIDE_IDENTIFIER;
        }
        String bare = key(PartyReader.withoutLegalForm(name));
        // The letterhead's brand is the name or its first words: "ondaverde" for "Ondaverde Telecom S.L.".
        if (bare.length() >= 4 && letterhead.entrySet().stream()
                .anyMatch(brand -> brand.getKey() != where && brand.getValue().length() >= 4 && bare.startsWith(brand.getValue()))) {
            evidence += IN_LETTERHEAD;
        }
        return evidence;
    }

    /** "mail.musterlieferant.de" names "musterlieferant"; too short a name says nothing. */
    private static java.util.Optional<String> domainName(String domain) {
        String[] labels = domain.split("\\.");
        int at = labels.length - 2;
        if (at > 0 && GENERIC.contains(labels[at])) {
            at--;
        }
        String name = at >= 0 ? key(labels[at]) : "";
        return name.length() >= 4 && !PROVIDERS.contains(name) ? java.util.Optional.of(name) : java.util.Optional.empty();
    }

    private static String key(String text) {
        // Folded, the letters are lower case: those left out are others.
        return Text.keep(Fold.fold(text), 'a', 'z');
    }
}
