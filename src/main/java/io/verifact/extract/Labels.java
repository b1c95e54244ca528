package io.verifact.extract;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The labels invoices print before their values, in French, English, German and Dutch, matched on
 * folded text (lower case, no accents, {@code n°} as {@code no}). A general label ("Total", "Date")
 * weighs less than a precise one ("Total TTC", "Rechnungsdatum"), and gives way where the phrase
 * says it means something else.
 */
final class Labels {

    /**
     * @param unlessBefore words that, before the label's end, say it names something else ("Original
     *        invoice No."); words after it belong to other phrases of the line ("Facture n° 700 —
     *        Référence client 123")
     */
    private record Rule(Concept concept, Pattern pattern, double weight, Screened unless, Pattern unlessBefore) {
    }

    /** A label found in a phrase. */
    record Hit(Concept concept, Phrase phrase, int start, int end, double weight) {
    }

    private static final String B = "(?<![a-z])";
    private static final String E = "(?![a-z])";
    private static final String NO = "(?:nr|no|num|numero|nummer|number|n(?=\\.)|#)\\.?";

    /** A total of the goods at one rate only ("TOTAL 6% SUPPLIES (INC. GST)", "zero rated supplies"): a part of the invoice. */
    private static final String PER_RATE = "supplies|" + B + "rated" + E;

    /** The weight of a label of what is left to pay after payments made, over a plain "to pay". */
    private static final double REMAINING = 1.3;
    private static final List<Rule> RULES = new ArrayList<>();

    static {
        // Short words only as words: "ust" is no VAT word inside "August", nor "tax" inside "Taxifahrt".
        String notNumber = "datum|kunden|customer|client|auftrag|order|bestell|steuer|siret|siren|seite|" + B + "(?:date|tax|taxes|tva|ust|ustid|vat|btw|page)" + E;
        // "Original invoice No." or "zu Rechnung Nr." on a credit note names another document.
        String earlier = "ursprung|original|related|liee|d'origine|corrig|storniert|vorherige|previous|oorspronkelijk"
                + "|" + B + "zur?\\s*rechnung|" + B + "sur\\s*(?:la\\s*)?facture|" + B + "(?:against|for)\\s*invoice|" + B + "(?:op|bij)\\s*factuur"
                + "|" + B + "referring\\s*to|" + B + "with\\s*reference\\s*to|" + B + "(?:in\\s*)?riferimento|" + B + "rif\\.|" + B + "relativ[ao]\\s*alla|" + B + "rectificada|" + B + "creditering"
                // "Rectifica a la factura nº", "Vedr. faktura nr.", "Avser faktura", "Gjelder faktura", "k faktuře".
                + "|" + B + "rectifica\\s*(?:a\\s*)?la|" + B + "(?:vedr|vedrorende|avser|gjelder|betreffende|betreft|koskee|hyvitettava|k\\s*fakture|concerne|concernant)" + E
                // A deduction names the invoice it deducts: "abzgl. Abschlagsrechnung Nr. 2024-011 vom 16.09.2024".
                + "|" + B + "(?:abzgl|abzuglich|less|deduct(?:ed|ion)?|moins|a\\s*deduire|verminderd\\s*met|dedotto|menos)" + E
                + "\\.?\\s*(?:[\\p{L}'.]+\\s+){0,2}?[\\p{L}-]*(?:rechnung|invoice|facture|factura|fattura|factuur|acompte|deposit|anzahlung|anticipo|voorschot|abschlag)";
        Pattern otherDocument = Pattern.compile(earlier + "|bezug|referenz|reference");
        ruleUnlessBefore(Concept.INVOICE_NUMBER, "(?:rechnungs|beleg|gutschrifts|korrektur|storno)\\s*-?\\s*(?:nummer|nr\\.?|no\\.?|#)" + E, 1.0, otherDocument);
        ruleUnlessBefore(Concept.INVOICE_NUMBER, "(?:rechnung|gutschrift|rechnungskorrektur|stornorechnung)\\)?\\s*(?:\\(\\d{3}\\)\\s*)?" + NO, 1.0, otherDocument);
        ruleUnlessBefore(Concept.INVOICE_NUMBER, B + "(?:invoice|credit\\s*note|bill)\\s*(?:" + NO + "|id|ref(?:erence)?\\.?)" + E + "|" + B + "invoice\\s*#", 1.0, otherDocument);
        // A hotel's folio numbers the stay: the invoice's number where the bill prints no other.
        ruleUnlessBefore(Concept.INVOICE_NUMBER, B + "folio\\s*(?:" + NO + "|id)" + E, 0.8, otherDocument);
        ruleUnlessBefore(Concept.INVOICE_NUMBER, B + "(?:facture|avoir|note\\s*d'honoraires)\\s*(?:no|n|num(?:ero)?\\.?)" + E + "|" + B + "(?:no|numero)\\s*(?:de\\s*(?:la\\s*)?)?(?:facture|l'avoir|avoir)" + E, 1.0, otherDocument);
        rule(Concept.INVOICE_NUMBER, B + "(?:factuur|creditnota|credit\\s*nota)\\s*-?\\s*(?:nummer|nr\\.?|no\\.?)" + E, 1.0, null);
        rule(Concept.INVOICE_NUMBER, B + "(?:rechnung|invoice|facture|factuur|gutschrift|avoir|credit\\s*note|creditnota|fatura|fattura|factura|faktura)" + E, 0.55, Pattern.compile(notNumber + "|" + earlier));
        rule(Concept.INVOICE_NUMBER, B + "(?:document|beleg)\\s*" + NO + E, 0.7, null);
        rule(Concept.INVOICE_NUMBER, B + "(?:numero|n\\.?|nr\\.?)\\s*(?:del\\s*|de\\s*)?documento" + E, 0.9, null);
        ruleUnlessBefore(Concept.INVOICE_NUMBER, B + "(?:fattura|factura|fatura)\\s*(?:" + NO + "|n[o°º]|n\\.\\s?o?)" + E + "|" + B + "(?:numero|n[o°º®ª*]?\\.?)\\s*(?:di\\s*|de\\s*(?:la\\s*)?|da\\s*)?(?:fattura|factura|fatura)" + E, 1.0, otherDocument);
        // "Gutschrift (Selbst ausgestellte Rechnung) (389) Nr. 47110818": the title's own number, a few words on.
        // The Czech "č." (číslo) counts as a number sign too, as OCR without its letters reads it ("£.").
        rule(Concept.INVOICE_NUMBER, "(?:rechnung|gutschrift|invoice|facture|factuur|avoir|credit\\s*note|creditnota|fattura|factura|fatura|faktura|lasku)[^:]{0,60}?" + B + "(?:nr|no|num|numero|nummer|number|n(?=\\.)|(?<=faktura[^:]{0,40})[c£](?=\\.))\\.?" + E, 0.95,
                Pattern.compile(notNumber + "|" + otherDocument.pattern()));
        // A credit note's own number says more than the number of the invoice it refers to, printed beside it.
        ruleUnlessBefore(Concept.INVOICE_NUMBER, B + "(?:gutschrift|credit\\s*note|avoir|note\\s*de\\s*credit|creditnota|creditfactuur|kreditnota|kreditfaktura|nota\\s*di\\s*credito|nota\\s*de\\s*credito)\\s*(?:-?\\s*(?:nr|no|n|number|nummer|numero|#)\\.?" + E + "|\\s*:)"
                + "|" + B + "(?:numero|n|no|nr)\\.?\\s*(?:de\\s*l'|d'|della\\s*|de\\s*la\\s*|de\\s*)?(?:avoir|note\\s*de\\s*credit|nota\\s*di\\s*credito|nota\\s*de\\s*credito|creditnota)" + E, 1.1, otherDocument);
        // "Rechnung: 2026-118" in a key/value block: the document's word as the key.
        ruleUnlessBefore(Concept.INVOICE_NUMBER, "^(?:rechnung|invoice|facture|factuur|fattura|factura|faktura)\\s*:", 0.9, otherDocument);
        // "Nº R-2025/00041" or "č. 2025030123" on a line of its own under the title: a number sign before a code.
        rule(Concept.INVOICE_NUMBER, "^(?:n[o°]\\.?(?=\\s+[a-z]{0,3}[-/]?\\d)|[nc]\\.(?=\\s*[a-z]{0,3}[-/]?\\d))", 0.6, Pattern.compile(notNumber + "|phone|iban|konto|account|compte"));
        // "Numéro" (Polish "Numer") alone heading the invoice's details, its value under or beside it ("No." alone heads item tables).
        rule(Concept.INVOICE_NUMBER, "^(?:numero|numer)\\s*:?$", 0.7, null);
        // A bare "No." under an INVOICE title: weak, and only where nothing says it numbers something else.
        rule(Concept.INVOICE_NUMBER, "(?:^|/\\s?)(?:no|nr|number|nummer|numero|n)\\.?\\s*[:#]", 0.5,
                Pattern.compile(notNumber + "|phone|iban|konto|account|compte|" + B + "(?:tel|fax|po|lief|art|item|pos|ref)" + E));

        String notIssue = earlier + "|liefer|leistung|delivery|livraison|levering|order|bestell|auftrag|vertrag|contract|contrat|commande|fallig|echeance|verval|zahl|payment|paiement|geburt|periode|period|zeitraum|valid|gultig|druck|print|splatnost|dodania|" + B + "due" + E;
        rule(Concept.INVOICE_DATE, ",\\s*(?:den|le)" + E, 0.8, null);
        rule(Concept.INVOICE_DATE, B + "(?:emise?|etablie?|faite?)\\s*le|" + B + "en\\s*date\\s*du|" + B + "(?:ausgestellt|erstellt)\\s*am|" + B + "(?:issued|dated)\\s*on", 0.9, null);
        // "Original invoice date" on a credit note dates another document.
        Pattern earlierDocument = Pattern.compile(earlier);
        ruleUnlessBefore(Concept.INVOICE_DATE, "(?:rechnungs|beleg|ausstellungs|gutschrifts)-?\\s*datum|" + B + "datum\\s*(?:der\\s*)?rechnung", 1.0, earlierDocument);
        ruleUnlessBefore(Concept.INVOICE_DATE, B + "(?:invoice|issue|billing|credit\\s*note)\\s*date|" + B + "date\\s*(?:of\\s*)?(?:issue|invoice|(?:the\\s*)?credit\\s*note)" + E,
                1.0, earlierDocument);
        ruleUnlessBefore(Concept.INVOICE_DATE, B + "date\\s*(?:de\\s*(?:la\\s*)?)?(?:facture|facturation|l'avoir|d'emission|emission)" + E, 1.0, earlierDocument);
        ruleUnlessBefore(Concept.INVOICE_DATE, B + "(?:factuur|creditnota)datum|" + B + "datum\\s*(?:factuur|creditnota)", 1.0, earlierDocument);
        rule(Concept.OTHER_DATE, "(?:" + earlier + ")\\s*(?:invoice|rechnungs|facture|factuur)\\s*-?\\s*(?:date|datum)", 1.0, null);
        // The invoice a credit note corrects, named with its number and date: "Factura rectificada F-2025-1194 de 02/03/2025".
        rule(Concept.OTHER_DATE, B + "factura\\s*rectificada" + E + "|" + B + "facture\\s*d'origine" + E + "|" + B + "ursprungliche\\s*rechnung" + E
                + "|" + B + "fattura\\s*rettificata" + E, 0.9, null);
        rule(Concept.INVOICE_DATE, B + "data\\s*(?:della\\s*|del\\s*)?(?:fattura|documento|emissione)|" + B + "fecha\\s*(?:de\\s*)?(?:la\\s*)?(?:factura|emision|expedicion)", 1.0, null);
        rule(Concept.INVOICE_DATE, B + "(?:datum|date|dated|fecha|data)" + E, 0.6, Pattern.compile(notIssue + "|scadenza|vencimiento"));
        rule(Concept.INVOICE_DATE, B + "(?:vom|du|from|van)" + E, 0.35, Pattern.compile(notIssue + "|" + B + "(?:bis|au|to|tot)" + E));

        rule(Concept.DUE_DATE, B + "fallig(?:keit)?(?:s?datum)?(?:\\s*(?:am|bis))?|zahlbar\\s*(?:bis|am|zum)|zahlungsziel|" + B + "zu\\s*zahlen\\s*bis", 1.0, null);
        // "TOTAL AMOUNT DUE ON March 4, 2026": due on a day is a date, whatever amount the line names.
        rule(Concept.DUE_DATE, B + "due\\s*(?:on|by)" + E, 0.9, null);
        rule(Concept.DUE_DATE, B + "(?:data\\s*(?:di\\s*)?)?scadenza|" + B + "(?:fecha\\s*de\\s*)?vencimiento|" + B + "fecha\\s*(?:de\\s*cargo|limite(?:\\s*de\\s*pago)?)", 1.0, null);
        rule(Concept.DUE_DATE, B + "due\\s*(?:date|on|by)?" + E + "|" + B + "payment\\s*due|" + B + "payable\\s*(?:by|until|before|on)|" + B + "pay\\s*(?:by|before|until|no\\s*later\\s*than)" + E, 1.0,
                Pattern.compile("amount|balance|total|change"));
        rule(Concept.DUE_DATE, B + "(?:date\\s*(?:d'|de\\s*l'|limite\\s*de\\s*)?)?echeance|" + B + "(?:payer|regler|paiement|reglement|verser|versement)\\s*(?:avant|au\\s*plus\\s*tard|jusqu'au)(?:\\s*le)?|" + B + "payable\\s*(?:avant|le)"
                + "|" + B + "date\\s*limite\\s*(?:de\\s*)?(?:paiement|reglement)(?:\\s*le)?", 1.0, null);
        rule(Concept.DUE_DATE, B + "verval(?:datum|dag)|" + B + "te\\s*betalen\\s*(?:voor|uiterlijk)|" + B + "uiterlijk", 1.0, null);
        rule(Concept.OTHER_DATE, "liefer(?:-|\\s*und\\s*leistungs)*\\s*datum|leistungsdatum|leistungszeitraum|lieferzeitraum|" + B + "(?:delivery|order|shipping|ship)\\s*date|" + B + "date\\s*de\\s*(?:livraison|commande|prestation)|leverdatum|leveringsdatum|besteldatum|bestelldatum|auftragsdatum"
                + "|" + B + "fecha\\s*(?:de\\s*(?:la\\s*)?|del\\s*)(?:entrega|pedido)|" + B + "data\\s*(?:di\\s*|del\\s*)?(?:consegna|ordine)", 1.0, null);

        String notGross = B + "(?:ht|htva|untaxed|netto|net|ohne|excl|exkl|ex|hors|zuschlage?|abschlage?|skonto|tva|vat|mwst|ust|tax|taxes|btw|steuer|sub|zwischen|positionen|positions|lines?|menge|quantity|quantite|rabatt|remise|discount|prepaid|anzahlung|acompte|paid|bezahlt|gezahlt|gst|sst|includes|included|dont|davon|waarvan|items?|qty|pcs|pieces|articles?|count|savings?)" + E + "|zwischen|netto|positions|" + PER_RATE;
        rule(Concept.GROSS, "gesamtbetrag|gesamtsumme|bruttobetrag|gutschriftsbetrag|bruttosumme|rechnungsbetrag|rechnungssumme|endbetrag|" + B + "(?:gesamt|summe)\\s*brutto|" + B + "brutto" + E
                + "|" + B + "(?:inkl|incl|einschl|einschliesslich|inklusive)\\.?\\s*(?:der\\s*)?(?:ust|mwst|umsatzsteuer|mehrwertsteuer)", 1.0, Pattern.compile("netto|ohne|zuschlag|abschlag|rabatt|skonto"));
        rule(Concept.GROSS, B + "(?:total|montant|net)\\s*(?:\\(?\\s*ttc|t\\.t\\.c)|" + B + "(?:ttc|tvac|tvic)" + E, 1.0, Pattern.compile(B + "htva" + E));
        rule(Concept.GROSS, B + "(?:grand|invoice)\\s*total|" + B + "total\\s*invoice|" + B + "(?:total|amount|totaal|totaalbedrag)\\s*(?:rm|eur|usd|gbp|chf|\\$|€|£)?\\s*\\(?\\s*(?:incl|including|inc|inclusive|inclusief)" + E + "\\.?\\s*(?:of\\s*)?(?:vat|tax|btw|taxes|gst)?|" + B + "(?:grand|rounded|final)\\s*total|" + B + "total\\s*rounded" + E + "|" + B + "(?:total|ttl)\\s*(?:after|aft|atf|incl\\.?)\\s*(?:round|rnd|adj)|" + B + "total\\s*(?:amt|amount)\\s*payable", 1.0, Pattern.compile("excl|before"));
        rule(Concept.GROSS, B + "totaalbedrag|" + B + "te\\s*betalen\\s*bedrag", 1.0, null);
        rule(Concept.GROSS, B + "(?:incl|inkl|including|inclusief)\\.?\\s*(?:btw|vat|tva|iva|gst|mva|moms)" + E, 0.8, Pattern.compile("excl|exkl|prix|preis|prijs|price|prezzo|precio|" + B + "unit" + E));
        // A till's "TOTAL SALES (INCLUSIVE OF GST)" and "TOTAL SALES (EXCLUDING GST)".
        rule(Concept.GROSS, B + "total\\s*(?:sales|amount|amt|bill)\\s*\\(?\\s*(?:incl|including|inclusive|inc)\\.?(?:\\s*of)?\\s*(?:gst|vat|tax|sst)" + E, 1.0, null);
        rule(Concept.NET, B + "total\\s*(?:sales|amount|amt|bill)\\s*\\(?\\s*(?:excl|excluding|exclusive|exc|before)\\.?(?:\\s*of)?\\s*(?:gst|vat|tax|sst)" + E, 1.0, null);
        rule(Concept.GROSS, B + "totale\\s*(?:documento|fattura|complessivo|generale)|" + B + "importe\\s*total|" + B + "total\\s*(?:factura|documento)" + E, 1.0, null);
        // "Total amount" is the gross only where nothing says net or line; "Net total" is mostly the net, except on some receipts.
        rule(Concept.GROSS, B + "total\\s*(?:amount|value)" + E, 0.7, Pattern.compile(B + "(?:net|nett|netto|line|sub|excl|excluding|before|ht|tax|vat|without|w/o)" + E));
        rule(Concept.GROSS, B + "(?:nett|net)\\s*total" + E, 0.5, Pattern.compile("excl|before"));
        rule(Concept.GROSS, B + "(?:total|totale|totaal|summe|gesamt|montant\\s*total|somme)" + E, 0.6, Pattern.compile(notGross + "|imponibile|iva|neto"));

        rule(Concept.NET, B + "(?:total|montant|sous[- ]total|base)\\s*(?:\\(?\\s*ht|h\\.t\\.|hors\\s*tax(?:e|es)?)" + E + "|" + B + "sous[- ]?total|" + B + "(?:ht|htva)" + E, 1.0, Pattern.compile(B + "(?:ttc|tvac)" + E));
        rule(Concept.NET, "nettobetrag|nettosumme|" + B + "ohne\\s*(?:ust|mwst|umsatzsteuer|steuer)|" + B + "(?:summe|gesamt|total)\\s*netto|" + B + "netto\\s*(?:summe|betrag|gesamt)|warenwert|zwischensumme|steuerpflichtige[rs]?\\s*betrag|steuerbasis|bemessungsgrundlage", 1.0, null);
        rule(Concept.NET, B + "sub-?\\s*total|" + B + "net\\s*(?:total|amount|value)|" + B + "total\\s*(?:excl|excluding|ex|before|net|without|w/o)\\.?" + E + "|" + B + "(?:amount|totaal|bedrag)\\s*(?:excl|exclusief|excluding|ex)\\.?" + E + "|" + B + "(?:gst\\s*|vat\\s*)?taxable\\s*(?:amount|amt)" + E + "|" + B + "untaxed\\s*(?:total|amount)" + E + "|" + B + "tax\\s*basis", 1.0, Pattern.compile(B + "(?:zero|non|exempt)" + E + "|" + PER_RATE));
        // "EXCL. BTW" over a total row's figure; not a unit price's column ("Prijs excl. BTW").
        rule(Concept.NET, B + "(?:excl|exkl|exclusief|excluding|ohne|eks|ekskl)\\.?\\s*(?:btw|vat|tva|iva|gst|ust|mwst|taxes?|mva|moms)" + E, 0.8,
                Pattern.compile("prix|preis|prijs|price|prezzo|precio|stuk|einzel|" + B + "unit" + E + "|" + PER_RATE));
        rule(Concept.NET, B + "(?:totale\\s*)?imponibile|" + B + "base\\s*imponible|" + B + "(?:importe|total|totale)\\s*(?:neto|netto)" + E, 1.0, null);
        rule(Concept.NET, B + "subtotaal|" + B + "netto" + E + "|" + B + "net" + E + "|" + B + "basis" + E, 0.6, Pattern.compile("gewicht|weight|poids|" + B + "a\\s*payer|" + B + "(?:tage|days|jours|dagen)" + E));

        String notTaxAmount = B + "(?:id|nr|no|num|reg|intra|intracom|identification|ident|registration|code|klant|client|kunde|siret|siren)" + E
                + "|nummer|number|steuernummer|ust-?id|ustid|vat\\s*(?:no|number|id|reg)|exempt|befreit|exoner|autoliquid|reverse";
        rule(Concept.TAX, B + "(?:total|montant|somme)\\s*(?:de\\s*(?:la\\s*)?)?(?:tva|taxes?)" + E + "|" + B + "tva" + E + "|" + B + "taxes" + E, 1.0, Pattern.compile(notTaxAmount + "|" + B + "(?:ttc|ht|htva|tvac)" + E
                // Excise and levies on energy or a stay are no VAT.
                + "|surcharge|contribution|accise|cotisation|redevance|taxes\\s*et|et\\s*taxes|taxes?\\s*(?:locales?|de\\s*sejour)|" + B + "(?:fara|cu)\\s*tva"));
        rule(Concept.TAX, B + "(?:mwst|ust|umsatzsteuer|mehrwertsteuer|steuer)\\s*-?\\s*(?:betrag|summe)?" + E + "|steuerbetrag|" + B + "(?:summe|gesamt)\\s*(?:mwst|ust|umsatzsteuer|steuer)", 1.0, Pattern.compile(notTaxAmount + "|brutto|netto|ohne|inkl|einschl|steuernr|steuerpflicht|steuerbasis|steuerberater|steuerfrei"));
        rule(Concept.TAX, B + "(?:total\\s*)?(?:vat|tax|sales\\s*tax|gst|sst|hst|pst)(?:\\s*amount|\\s*total|\\s*\\(?rm\\)?)?" + E, 1.0, Pattern.compile(notTaxAmount + "|incl|excl|including|excluding|before|basis|taxable|invoice|" + B + "inc\\.|" + PER_RATE));
        // The tax a total holds, said beside it: "Total includes 6% GST", "dont TVA 20 %", "davon MwSt.", "incl. 21% btw" on a line of its own.
        String taxWord = "(?:gst|sst|vat|tax|mwst|ust|tva|btw|moms|mva|alv|iva)" + E;
        String rate = "(?:\\d{1,2}(?:[.,]\\d{1,2})?\\s*%\\s*)";
        rule(Concept.TAX, B + "(?:includes|included|include|enthalt|enthaltene?|davon|dont|waarvan|hierin|heraf|hvorav|varav|josta)\\s*:?\\s*" + rate + "?" + taxWord
                + "|^(?:incl|inkl|inclusief|including)\\.?\\s*" + rate + taxWord, 0.9, Pattern.compile(notTaxAmount));
        // "GST included: 0.38" says the tax; "Total GST inclusive" and "Price is GST inclusive" do not.
        rule(Concept.TAX, B + "(?:gst|sst|vat|tax|mwst|tva|btw)\\s*(?:@\\s*)?" + rate + "?(?:included|inclusive)" + E, 0.9,
                Pattern.compile(notTaxAmount + "|total|amount|price|prices|sum|betrag|montant|bedrag|prix|preis"));
        rule(Concept.TAX, B + "(?:totale\\s*|importo\\s*|total\\s*|cuota\\s*(?:de\\s*)?)?iva" + E + "|" + B + "imposta" + E, 1.0,
                Pattern.compile(notTaxAmount + "|" + B + "p\\.?\\s*iva|partita|esente|exento|inclus|incluido|compres|" + B + "(?:codice|regime)" + E));
        rule(Concept.TAX, B + "(?:totaal\\s*)?btw(?:\\s*bedrag)?" + E + "|" + B + "btw-?bedrag", 1.0, Pattern.compile(notTaxAmount + "|incl|excl|exclusief|inclusief"));

        rule(Concept.DUE, "zahlbetrag|" + B + "(?:noch\\s*)?zu\\s*zahlen(?:der\\s*betrag)?|offener\\s*betrag|falliger\\s*betrag|restbetrag|" + B + "zahlbar" + E, 1.0, Pattern.compile("innerhalb|sofort|" + B + "(?:bis|zum|am|tage|tagen)" + E));
        rule(Concept.DUE, B + "(?:amount|balance|total)\\s*(?:due|payable|to\\s*pay)|" + B + "to\\s*pay" + E + "|" + B + "please\\s*pay", 1.0, Pattern.compile("before|until|change|" + B + "(?:date|by)" + E));
        rule(Concept.DUE, B + "(?:net|reste|montant|solde|total)\\s*a\\s*payer|" + B + "montant\\s*du" + E + "|" + B + "a\\s*payer" + E, 1.0, Pattern.compile("avant(?!\\s*le\\s*\\d)|(?<!avant\\s)" + B + "le\\s*\\d"));
        // What is still open after payments made: the amount to pay, not the invoice's gross; it says more than
        // a "total to pay" printed above the payment ("Total à payer 49,90 / Montant payé 49,90 / Reste à payer 0,00").
        rule(Concept.DUE, B + "(?:open\\s*amount|amount\\s*outstanding|outstanding(?:\\s*(?:amount|balance))?|balance|residual(?:\\s*amount)?|restbetrag|offener?\\s*(?:betrag|saldo)|reste\\s*a\\s*payer|solde|restbel[oø]b|restbel[oø]p|restbelopp|nachzahlung)" + E, REMAINING,
                Pattern.compile(B + "(?:previous|prior|brought|forward|opening|vorheriger?|alter|ancien|anterieur|precedent|reporte|ht|htva|excl|exclusief|hors|netto)" + E));
        // A till's "DUE 7.50": the amount to pay, weaker than a label that says whose.
        rule(Concept.DUE, B + "(?:netto|totale|importo)\\s*da\\s*pagare|" + B + "(?:total|importe)\\s*a\\s*pagar" + E, 1.0, null);
        rule(Concept.DUE, "^due" + E, 0.6, Pattern.compile(B + "(?:date|on|by|days|in|within)" + E));
        rule(Concept.DUE, B + "te\\s*betalen" + E + "|" + B + "openstaand(?:\\s*bedrag)?|" + B + "verschuldigd", 1.0, Pattern.compile("voor(?!\\s*\\d)|uiterlijk|binnen"));

        rule(Concept.PO_NUMBER, B + "(?:bestell|auftrags)\\s*-?\\s*(?:nummer|nr\\.?)|" + B + "(?:purchase\\s*order|p\\.?o\\.?|order)\\s*(?:" + NO + "|ref(?:erence)?)" + E + "|" + B + "(?:bon\\s*de\\s*commande|commande)\\s*(?:no|n)?" + E + "|" + B + "(?:inkoop)?order\\s*nummer|" + B + "votre\\s*(?:ref(?:erence)?|commande)" + E + "|" + B + "ihre\\s*bestellung" + E
                + "|" + B + "(?:your|uw|vs\\.?|vostro|su)\\s*(?:order|bestelling|ordine|pedido)" + E + "|" + B + "(?:rif\\.?\\s*)?ordine\\s*(?:n|nr|no|numero)\\.?" + E
                + "|" + B + "(?:n[o.]?\\s*(?:de\\s*)?)?pedido" + E + "|" + B + "bestelnummer|" + B + "ordernummer", 1.0, null);

        // Polish invoices: "Faktura VAT nr", "Data wystawienia", "Termin płatności", "Do zapłaty", "Sprzedawca" / "Nabywca".
        ruleUnlessBefore(Concept.INVOICE_NUMBER, B + "(?:numer|nr)\\s*faktury" + E + "|" + B + "faktura(?:\\s*vat)?(?:\\s*korygujaca)?\\s*(?:nr|numer)\\.?" + E, 1.0, otherDocument);
        rule(Concept.INVOICE_NUMBER, B + "faktura\\s*vat" + E, 0.6, Pattern.compile("korekt|proforma|zaliczk"));
        rule(Concept.INVOICE_DATE, B + "data\\s*wystawienia" + E, 1.0, null);
        rule(Concept.OTHER_DATE, B + "data\\s*(?:sprzedazy|dostawy|wykonania\\s*uslugi)" + E, 1.0, null);
        // "ł" is read as "t" by an OCR without Polish: "Termin ptatnosci".
        rule(Concept.DUE_DATE, B + "termin\\s*(?:p[lt]atnosci|zap[lt]aty)" + E, 1.0, null);
        rule(Concept.DUE, B + "do\\s*zaplaty" + E + "|" + B + "pozostalo\\s*do\\s*zaplaty" + E, 1.0, null);
        rule(Concept.GROSS, B + "wartosc\\s*(?:faktury|brutto)" + E + "|" + B + "razem\\s*brutto" + E, 1.0, null);
        rule(Concept.NET, B + "(?:wartosc|razem)\\s*netto" + E, 1.0, null);
        rule(Concept.TAX, B + "(?:kwota|razem)\\s*vat" + E, 1.0, null);
        rule(Concept.SELLER, B + "sprzedawca" + E, 1.0, null);
        rule(Concept.BUYER, B + "(?:nabywca|odbiorca)" + E, 1.0, null);
        rule(Concept.IBAN, B + "(?:numer|nr)\\s*(?:konta|rachunku)" + E + "|" + B + "rachunek\\s*bankowy" + E, 1.0, null);

        // Danish, Norwegian and Swedish invoices: "Fakturanummer", "Forfallsdato", "Sum eks. mva", "Att betala", "Sælger".
        String nordicTax = "(?:mva|moms)" + E;
        ruleUnlessBefore(Concept.INVOICE_NUMBER, B + "(?:faktura|kreditnota|kreditfaktura)\\s*-?\\s*(?:nummer|nr|no)\\.?" + E, 1.0, otherDocument);
        rule(Concept.INVOICE_DATE, B + "(?:faktura|kreditnota|kreditfaktura)\\s*-?\\s*(?:dato|datum)" + E, 1.0, null);
        rule(Concept.INVOICE_DATE, B + "dato" + E, 0.6, Pattern.compile(notIssue + "|forfal|lever"));
        rule(Concept.DUE_DATE, B + "(?:forfalds|forfalls|forfallo)\\s*-?\\s*(?:dato|datum|dag)|" + B + "forfall(?:er)?" + E + "|" + B + "betalingsfrist|" + B + "betales\\s*senest|" + B + "betala\\s*senast|" + B + "sidste\\s*(?:rettidige\\s*)?betalingsdag", 1.0, null);
        rule(Concept.NET, B + "(?:sum|summa|total|belop|belob|netto|i\\s*alt)\\s*(?:eks|ekskl|exkl|ex|uden|utan|uten)\\.?\\s*" + nordicTax + "|" + B + "(?:momsgrundlag|mva-?\\s*grunnlag)" + E, 1.0, null);
        rule(Concept.GROSS, B + "(?:sum|summa|total|belop|belob|i\\s*alt)\\s*(?:inkl|incl|inklusive|med)\\.?\\s*" + nordicTax + "|" + B + "(?:total|belob)?\\s*i\\s*alt" + E, 1.0,
                Pattern.compile(B + "(?:moms|mva|eks|ekskl|exkl|uden|netto)" + E));
        rule(Concept.TAX, B + "(?:sum\\s*|summa\\s*|total\\s*)?" + nordicTax + "(?:\\s*-?\\s*(?:belop|belob|belopp))?|" + B + "(?:moms|mva)\\s*i\\s*alt" + E, 1.0,
                Pattern.compile(notTaxAmount + "|" + B + "(?:inkl|eks|ekskl|exkl|uden|utan|uten|med|reg)" + E + "|grundlag|grunnlag|fri" + E + "|pligt|registr|sats"));
        rule(Concept.DUE, B + "(?:a|at|att)\\s*betal[ae]" + E + "|" + B + "(?:belob|belop|belopp)\\s*(?:til|att)\\s*betal(?:ing|a)" + E, 1.0, Pattern.compile("senest|senast|inden|innen|innan|" + B + "(?:for|fore)" + E));
        rule(Concept.SELLER, B + "(?:saelger|sælger|selger|saljare|leverandor|avsender|avsandare)" + E, 1.0, null);
        rule(Concept.BUYER, B + "(?:fakturer(?:es|as)?\\s*til|fakturaadresse?|kjoper|kober|kopare|kund|mottaker|modtager|mottagare)" + E, 1.0, Pattern.compile("nummer|" + B + "(?:nr|no|id)" + E));
        rule(Concept.SELLER_VAT, B + "(?:mva|moms)\\s*-?\\s*(?:reg\\.?\\s*-?\\s*)?(?:nr|nummer|no)\\.?" + E + "|" + B + "(?:org|cvr)\\.?\\s*-?\\s*(?:nr|nummer|no)\\.?" + E + "|" + B + "cvr" + E
                + "|" + B + "se\\s*-?\\s*nr\\.?" + E + "|" + B + "(?:momsregistreringsnummer|organisationsnummer)" + E, 0.5, null);

        // Finnish invoices: "Laskun numero", "Laskun päivämäärä", "Eräpäivä", "Veroton yhteensä", "ALV 25,5 %", "Yhteensä".
        ruleUnlessBefore(Concept.INVOICE_NUMBER, B + "laskun\\s*(?:numero|nro|n:o)" + E + "|" + B + "laskunumero" + E + "|" + B + "hyvityslaskun\\s*numero" + E, 1.0, otherDocument);
        rule(Concept.INVOICE_DATE, B + "laskun\\s*(?:paivamaara|pvm)|" + B + "laskutuspaiva|" + B + "paivays" + E, 1.0, null);
        rule(Concept.DUE_DATE, B + "erapaiva|" + B + "maksettava\\s*viimeistaan" + E, 1.0, null);
        rule(Concept.NET, B + "veroton\\s*(?:yhteensa|summa|hinta)?" + E + "|" + B + "yhteensa\\s*(?:ilman\\s*alv|alv\\s*0)" + E, 1.0, null);
        rule(Concept.TAX, B + "(?:alv|arvonlisavero)(?:\\s*(?:yhteensa|maara|osuus))?" + E, 1.0, Pattern.compile(notTaxAmount + "|veroton|yhteensa\\s*\\d|" + B + "(?:rek|tunnus|rekisteri)"));
        rule(Concept.GROSS, B + "(?:yhteensa|loppusumma|verollinen\\s*yhteensa)" + E, 0.9, Pattern.compile("veroton|ilman|alv\\s*0"));
        rule(Concept.DUE, B + "(?:yhteensa\\s*)?maksettava(?:a)?" + E, 1.0, Pattern.compile("viimeistaan|erapaiva"));
        rule(Concept.PO_NUMBER, B + "tilausnumero|" + B + "tilaus\\s*(?:nro|n:o)" + E, 1.0, null);
        rule(Concept.SELLER_VAT, B + "(?:y-?tunnus|alv-?\\s*(?:rek|rekisteri|numero|nro))" + E, 0.5, null);

        // Czech and Slovak invoices: "Faktura – daňový doklad č.", "Datum vystavení", "Datum splatnosti", "Celkem s DPH", "Dodavatel" / "Odběratel".
        ruleUnlessBefore(Concept.INVOICE_NUMBER, B + "(?:danovy\\s*doklad|faktura|faktury|dobropis)\\s*(?:c|cislo)\\.?" + E + "|" + B + "cislo\\s*(?:faktury|dokladu)" + E, 1.0, otherDocument);
        rule(Concept.INVOICE_DATE, B + "datum\\s*vystaveni" + E + "|" + B + "datum\\s*vyhotovenia" + E, 1.0, null);
        rule(Concept.OTHER_DATE, B + "datum\\s*(?:uskutecneni|dodania|zdanitelneho)", 1.0, null);
        rule(Concept.DUE_DATE, B + "datum\\s*splatnosti" + E + "|" + B + "splatnost" + E, 1.0, null);
        rule(Concept.NET, B + "(?:celkem|spolu|zaklad)\\s*bez\\s*dph" + E + "|" + B + "zaklad\\s*dph" + E, 1.0, null);
        rule(Concept.TAX, B + "(?:dph\\s*celkem|celkem\\s*dph|dph|vyse\\s*dph)" + E, 1.0, Pattern.compile(notTaxAmount + "|" + B + "(?:bez|s|se|sazba|zaklad|dic)" + E));
        rule(Concept.GROSS, B + "(?:celkem|spolu)\\s*(?:s|vcetne|vratane)\\s*dph" + E, 1.0, null);
        // "ú" is read as "t" by an OCR without Czech: "Celkem k thradé".
        rule(Concept.DUE, B + "(?:celkem\\s*|suma\\s*)?k\\s*[ut]hrade" + E, 1.0, null);
        rule(Concept.SELLER, B + "dodavatel" + E, 1.0, null);
        rule(Concept.BUYER, B + "odberatel" + E, 1.0, null);
        rule(Concept.PO_NUMBER, B + "objednavka\\s*(?:c|cislo)\\.?" + E, 1.0, null);
        rule(Concept.SELLER_VAT, B + "(?:dic|ic\\s*dph)" + E, 0.5, null);

        // Portuguese invoices: "Fatura n.º", "Data de emissão", "Data limite de pagamento", "Total a pagar".
        rule(Concept.INVOICE_DATE, B + "data\\s*(?:de\\s*)?emissao" + E, 1.0, null);
        rule(Concept.DUE_DATE, B + "data\\s*(?:limite\\s*)?(?:de\\s*)?(?:pagamento|vencimento)" + E + "|" + B + "vencimento" + E, 1.0, null);

        // Croatian invoices: "Račun br.", "Datum dospijeća".
        ruleUnlessBefore(Concept.INVOICE_NUMBER, B + "racun\\s*(?:br|broj|n)\\.?" + E, 1.0, otherDocument);
        rule(Concept.INVOICE_DATE, B + "datum\\s*(?:racuna|izdavanja)" + E, 1.0, null);
        rule(Concept.DUE_DATE, B + "datum\\s*dospijeca|" + B + "rok\\s*placanja" + E, 1.0, null);

        // Hungarian invoices: "Számla sorszáma", "Számla kelte", "Fizetési határidő", "Bruttó végösszeg", "Eladó" / "Vevő".
        ruleUnlessBefore(Concept.INVOICE_NUMBER, B + "szamla\\s*(?:sorszama|szama)" + E + "|^sorszam\\s*:", 1.0, otherDocument);
        rule(Concept.INVOICE_DATE, B + "(?:szamla\\s*kelte|kiallitas\\s*(?:datuma|kelte|napja))" + E, 1.0, null);
        rule(Concept.OTHER_DATE, B + "teljesites\\s*(?:datuma|idopontja|kelte)" + E, 1.0, null);
        rule(Concept.DUE_DATE, B + "(?:fizetesi\\s*hatarido|esedekesseg(?:\\s*datuma)?)" + E, 1.0, null);
        rule(Concept.NET, B + "netto\\s*(?:osszesen|osszeg|ertek)" + E, 1.0, null);
        rule(Concept.TAX, B + "afa(?:\\s*(?:osszesen|osszeg|ertek))?" + E, 1.0, Pattern.compile(notTaxAmount + "|adoszam|netto|brutto|mentes"));
        rule(Concept.GROSS, B + "(?:brutto\\s*(?:vegosszeg|osszesen|osszeg|ertek)|vegosszeg|szamla\\s*vegosszege)" + E, 1.0, null);
        rule(Concept.DUE, B + "fizetendo(?:\\s*(?:osszeg|vegosszeg))?" + E, 1.0, null);
        rule(Concept.SELLER, B + "(?:elado|szallito|szolgaltato)" + E, 1.0, null);
        rule(Concept.BUYER, B + "vevo" + E, 1.0, null);
        rule(Concept.SELLER_VAT, B + "kozossegi\\s*adoszam" + E, 0.5, null);

        // Romanian invoices: "Factura seria și nr.", "Data emiterii", "Data scadenței", "Total de plată", "Furnizor" / "Cumpărător".
        ruleUnlessBefore(Concept.INVOICE_NUMBER, B + "(?:factura\\s*(?:fiscala\\s*)?)?seria\\s*(?:si\\s*)?(?:nr|numarul)\\.?" + E + "|" + B + "factura\\s*(?:fiscala\\s*)?nr\\.?" + E, 1.0, otherDocument);
        rule(Concept.INVOICE_DATE, B + "data\\s*(?:emiterii|facturii|facturarii)" + E, 1.0, null);
        rule(Concept.OTHER_DATE, B + "data\\s*(?:livrarii|prestarii)" + E, 1.0, null);
        rule(Concept.DUE_DATE, B + "(?:data\\s*scadentei|scadenta|termen\\s*(?:de\\s*)?plata)" + E, 1.0, null);
        rule(Concept.NET, B + "(?:total|valoare)\\s*fara\\s*tva" + E + "|" + B + "baza\\s*(?:de\\s*)?impozitare" + E, 1.0, Pattern.compile("pret|unitar"));
        rule(Concept.GROSS, B + "total\\s*(?:cu\\s*tva|general)" + E, 1.0, Pattern.compile(B + "(?:ht|hors|net|netto|excl|fara|sans)" + E));
        rule(Concept.DUE, B + "(?:total|rest|suma)\\s*de\\s*plata" + E + "|^de\\s*plata" + E, 1.0, Pattern.compile("termen|data"));
        rule(Concept.SELLER, B + "furnizor" + E, 1.0, null);
        rule(Concept.BUYER, B + "(?:cumparator|beneficiar)" + E, 1.0, null);
        rule(Concept.SELLER_VAT, B + "(?:cui|cod\\s*(?:unic\\s*)?(?:de\\s*)?inregistrare|cod\\s*fiscal)" + E, 0.5, Pattern.compile(B + "di\\s*cui" + E));

        // The buyer's own reference for the purchase says more than an order number the seller gave.
        rule(Concept.PO_NUMBER, B + "(?:your|uw|ihre?|votre|vostro|su)\\s*(?:po|p\\.o\\.|purchase\\s*order|referentie|reference|ref|referenz|zeichen|kenmerk|riferimento|referencia)" + E
                + "|" + B + "zamowienie\\s*(?:nabywcy|klienta)|" + B + "customer\\s*(?:po|purchase\\s*order)" + E, 1.2, null);
        rule(Concept.SELLER, B + "(?:verkaufer|lieferant|leistungserbringer|rechnungssteller|auftragnehmer|sold\\s*by|verkauft\\s*von|vendu\\s*par|verkocht\\s*door|vendido\\s*por|venduto\\s*da|seller|supplier|vendor|fournisseur|emetteur|vendeur|leverancier|verkoper|fornitore|cedente|prestatore|proveedor|emisor)" + E + "|^(?:from|von|de|van)\\s*(?::|$)", 1.0, Pattern.compile("strasse|nummer|number|iban|konto|account|compte|rekening|telefon|phone|mail|steuer|" + B + "(?:str\\.|bic|ust|vat|tva|btw)|" + B + "(?:nr|no|id)" + E));
        rule(Concept.BUYER, B + "(?:kaufer|kunde|leistungsempfanger|rechnungsempfanger|rechnungsadresse|rechnungsanschrift|auftraggeber|empfanger|bill(?:ed)?\\s*to|(?:invoice(?:d)?\\s*to|rechnung\\s*an)(?=\\s*(?::|$))|sold\\s*to|customer|buyer|client|factur[ee]{1,2}\\s*a\\s*(?::|$)|adresse\\s*de\\s*facturation|destinataire|acheteur|klant|afnemer|koper|gefactureerd\\s*aan|factuuradres|cliente|destinatario|committente|cessionario|spett\\.?\\s*le|spettabile|messrs|facturar\\s*a|(?:billing|invoice|invoicing)\\s*address|direccion\\s*de\\s*facturacion|indirizzo\\s*di\\s*fatturazione|morada\\s*de\\s*faturacao|datos\\s*del\\s*cliente|dati\\s*del\\s*cliente)" + E
                + "|" + B + "adressee?\\s*a\\s*(?::|$)|^(?:to|aan)\\s*(?::|$)", 1.0,
                Pattern.compile("nummer|number|numero|kundennr|service|dossier|referen|riferiment|" + B + "(?:nr|no|n\\.o|ref|id|code|ust|vat|tva|btw|contact|file|akte)" + E));
        // The holder of a utility's contract is its customer; the holder of an account is the bank's.
        rule(Concept.BUYER, B + "(?:intestatario|titular)(?:\\s*(?:del|do|della)\\s*(?:contratto|contrato|fornitura|contratto\\s*di\\s*fornitura))?" + E, 1.0,
                Pattern.compile("conto|cuenta|conta|account|iban|banc|bank|" + B + "(?:c/c|ccc)" + E));
        // Where the goods go is the buyer's side too, though the invoice's addressee names the buyer first.
        rule(Concept.BUYER, B + "(?:ship(?:ped)?|deliver(?:ed)?)\\s*to" + E + "|" + B + "(?:delivery|shipping)\\s*address|lieferadresse|lieferanschrift|leistungsadresse|warenempfanger|" + B + "lieferung\\s*an(?=\\s*(?::|$))"
                + "|" + B + "adresse\\s*de\\s*livraison|" + B + "livre\\s*a" + E + "|" + B + "(?:aflever|lever)adres|" + B + "direccion\\s*de\\s*(?:envio|entrega)|" + B + "indirizzo\\s*di\\s*(?:consegna|spedizione)", 0.6,
                Pattern.compile("nummer|number|" + B + "(?:nr|no|ref|id|code|date|datum)" + E));
        rule(Concept.BUYER_VAT, B + "(?:n[o°]?\\s*)?(?:tva|ust-?id(?:nr)?\\.?|vat(?:\\s*(?:no|number|id))?|btw(?:-?nummer)?|nif|cif|n\\.i\\.f\\.?|nip|p\\.?\\s*iva|partita\\s*iva)\\s*(?:du\\s*|des\\s*|de\\s*l'|del\\s*|dell'\\s*)?(?:client|kunden?|customer|buyer|acheteur|klant|leistungsempfangers?|nabywcy|acquirente|comprador|committente|cessionario)|" + B + "(?:ihre|your|votre|uw)\\s*(?:ust|vat|tva|btw|steuer|uid)", 1.0, null);
        rule(Concept.BUYER_VAT, B + "(?:kunden|customer|cust\\.?|client|buyer|klant)\\s*-?\\s*(?:ust|vat|tva|btw)", 1.0, null);
        // "Ert momsreg.nr", "Deres CVR-nr.", "Su CIF", "Vostra P.IVA": the number of the one the invoice is addressed to.
        rule(Concept.BUYER_VAT, B + "(?:ert|ditt|deres|jeres|su|vostr[ao]|vosso)\\s*(?:momsreg|moms|mva|cvr|org\\.?\\s*nr|vat|cif|nif|p\\.?\\s*iva|partita\\s*iva|nip)", 1.0, null);
        rule(Concept.SELLER_VAT, B + "(?:unsere|our|notre|onze)\\s*(?:ust|vat|tva|btw|steuer)", 1.0, null);
        // A VAT number's own label says what the number is, not whose: half the weight, the section tells the owner.
        rule(Concept.SELLER_VAT, B + "(?:ust|mwst)\\.?\\s*-?\\s*id(?:ent)?|" + B + "umsatzsteuer-?\\s*id|" + B + "uid\\s*-?\\s*(?:nr|nummer)"
                + "|" + B + "vat\\s*-?\\s*(?:no|nr|number|id|reg|registration|#)" + E + "|" + B + "(?:no|numero|n)\\.?\\s*(?:de\\s*)?tva" + E
                + "|" + B + "tva\\s*intra|" + B + "identifiant\\s*tva|" + B + "btw\\s*-?\\s*(?:nummer|nr|no|id|identificatienummer)" + E
                + "|" + B + "partita\\s*iva|" + B + "p\\.?\\s*iva" + E + "|" + B + "(?:cif|nif|n\\.i\\.f\\.?|nip|nipc|contribuinte)" + E
                // A Belgian number after a bare "BTW" or "TVA": ten figures, the first 0 or 1.
                + "|" + B + "(?:btw|tva)(?=\\s*:?\\s*[01]\\d{3}[ .]?\\d{3}[ .]?\\d{3}(?!\\d))", 0.5, null);
        // The tax numbers of countries outside the EU, their label saying which: "ABN", "GST Reg. No.", "GST/HST No.",
        // "GSTIN", "Business No.", "UEN", "TRN", "Tax Registration Number", "CNPJ", "RFC", "Registration No. T…".
        rule(Concept.SELLER_VAT, B + "(?:abn|a\\.b\\.n\\.?|gstin|uen|trn|cnpj|rfc)" + E
                + "|" + B + "(?:gst|hst)(?:\\s*/\\s*hst)?\\s*(?:reg(?:istration|istered|\\.)?\\s*)?(?:no|nr|number|#|id)\\.?" + E
                + "|" + B + "(?:gst|hst)\\s*registration" + E + "|" + B + "(?:business|bn)\\s*(?:number|no|#)" + E
                + "|" + B + "tax\\s*(?:registration|reg\\.?)\\s*(?:number|no|#)" + E, 0.5, Pattern.compile(B + "abn\\s*amro" + E));
        // Japan's "Registration No. T…": a company's registration number at a chamber or a court is no tax number.
        rule(Concept.SELLER_VAT, B + "(?:invoice\\s*)?registration\\s*(?:number|no|#)" + E, 0.5,
                Pattern.compile("company|companies|chamber|kvk|handelsregister|crn|" + B + "(?:co|kbo|rcs)" + E));
        rule(Concept.IBAN, B + "iban" + E, 1.0, null);
        rule(Concept.ROUNDING, B + "(?:rounding|round(?:ed)?\\s*(?:adj|off)|arrondi|rundung|afronding)", 1.0, null);
        rule(Concept.BIC, B + "(?:bic|swift)(?:\\s*(?:code|/\\s*bic|/\\s*swift))?" + E, 1.0, null);
        rule(Concept.SIREN, B + "(?:siren|rcs)" + E, 1.0, null);
        rule(Concept.SIRET, B + "siret" + E, 1.0, null);
        rule(Concept.CURRENCY, "(?:rechnungs)?wahrung" + E + "|" + B + "(?:currency|devise|valuta|munt|penznem|moneda)" + E, 1.0, null);
        rule(Concept.PAYMENT_TERMS, B + "(?:zahlungsbedingungen|zahlungsziel|payment\\s*terms|terms|conditions\\s*de\\s*(?:paiement|reglement)|betalingsvoorwaarden|betalingstermijn)" + E, 1.0, null);
        rule(Concept.CREDIT_NOTE, B + "(?:gutschrift|rechnungskorrektur|stornorechnung|storno|credit\\s*note|creditnote|avoir|note\\s*de\\s*credit|creditnota|credit\\s*nota|credit\\s*memo"
                + "|nota\\s*di\\s*credito|nota\\s*de\\s*credito|factura\\s*rectificativa|faktura\\s*korygujaca|creditfactuur|kreditnota|kreditfaktura|hyvityslasku|dobropis|opravny\\s*danovy\\s*doklad)" + E, 1.0, Pattern.compile("gutschriftsbetrag"));
    }

    private Labels() {
    }

    /** Which rules a phrase holds, found in one pass over it: most phrases hold none. */
    private static final PatternScreen SCREEN = new PatternScreen(patterns());

    /** The rules' patterns, in order. */
    static List<Pattern> patterns() {
        return RULES.stream().map(Rule::pattern).toList();
    }

    private static void rule(Concept concept, String regex, double weight, Pattern unless) {
        RULES.add(new Rule(concept, Pattern.compile(regex), weight, unless == null ? null : Screened.of(unless), null));
    }

    private static void ruleUnlessBefore(Concept concept, String regex, double weight, Pattern unlessBefore) {
        RULES.add(new Rule(concept, Pattern.compile(regex), weight, null, unlessBefore));
    }

    /** The labels of a phrase; computed once per phrase and kept with it. */
    static List<Hit> find(Phrase phrase) {
        List<Hit> known = phrase.labels;
        if (known == null) {
            known = List.copyOf(search(phrase));
            phrase.labels = known;
        }
        return known;
    }

    /** The Czech and Slovak "číslo" before figures, the phrase's only letter: "č. 2025030123" (a lone "n. 12" is a house number). */
    private static final Pattern NUMBER_SIGN = Pattern.compile("c\\.\\s*\\d");

    private static List<Hit> search(Phrase phrase) {
        List<Hit> hits = new ArrayList<>();
        if (Text.letters(phrase.folded) < 2 && !NUMBER_SIGN.matcher(phrase.folded).lookingAt()) {
            // Figures alone label nothing; a number sign before them ("č. 2025030123") does.
            return hits;
        }
        int[] firstAt = new int[RULES.size()];
        BitSet holding = SCREEN.matching(phrase.folded, firstAt);
        for (int r = holding.nextSetBit(0); r >= 0; r = holding.nextSetBit(r + 1)) {
            Rule rule = RULES.get(r);
            Matcher m = rule.pattern.matcher(phrase.folded);
            // The screen found where the rule's first match begins: nothing before it is tried again.
            if (!m.find(firstAt[r]) || rule.unless != null && rule.unless.in(phrase.folded)) {
                continue;
            }
            do {
                if (rule.unlessBefore != null && rule.unlessBefore.matcher(phrase.folded).region(0, m.end()).find()) {
                    continue;
                }
                if (m.end() > m.start()) {
                    hits.add(new Hit(rule.concept, phrase, m.start(), m.end(), rule.weight));
                }
            } while (m.find());
        }
        return hits;
    }
}
