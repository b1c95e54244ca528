package io.verifact.extract;

import io.verifact.document.Document;
import io.verifact.document.Documents;
import io.verifact.document.Limits;
import io.verifact.model.PageText;
import io.verifact.ocr.AutoEngine;
import io.verifact.ocr.TesseractEngine;
import io.verifact.ocr.TextLayerEngine;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Prints the lines, phrases and labels of files, to see what the extractor sees (-Ddump.concept=TAX: what its labels find;
 * -Ddump.fields: the fields extracted;
 * -Ddump.zones as well: the zones read again).
 */
public final class LayoutDump {

    public static void main(String[] args) throws Exception {
        try (var ocr = new AutoEngine(new TextLayerEngine(), new TesseractEngine(null, "fra+eng+deu+nld", 1))) {
            for (String file : args) {
                List<PageText> pages = new ArrayList<>();
                try (Document d = new Documents(Limits.DEFAULT).open(Path.of(file))) {
                    for (int p = 1; p <= d.pageCount(); p++) {
                        pages.add(ocr.read(d, p));
                    }
                    Reading reading = new Reading(new Layout(pages));
                    System.out.println("== " + file + " style " + reading.style);
                    for (Line line : reading.layout.allLines()) {
                        StringBuilder s = new StringBuilder("p%d %.3f ".formatted(line.page(), line.box().y0()));
                        for (Phrase ph : line.phrases()) {
                            s.append("[").append(ph.text).append("]");
                            for (Labels.Hit h : Labels.find(ph)) {
                                s.append("<").append(h.concept()).append(">");
                            }
                            s.append(" ");
                        }
                        System.out.println(s);
                    }
                    // -Ddump.fields: the fields as extracted, with their other candidates.
                    if (System.getProperty("dump.fields") != null) {
                        // Zones re-read as the product does, from the document itself.
                        ZoneEyes eyes = (page, zone) -> {
                            try {
                                var words = ocr.zoneWords(d, page, zone);
                                if (System.getProperty("dump.zones") != null) {
                                    System.out.println("  zone p" + page + " " + zone + " -> "
                                            + words.map(w -> w.stream().map(io.verifact.model.Word::text).toList()).orElse(List.of()));
                                }
                                return words;
                            } catch (io.verifact.document.DocumentRefused e) {
                                return java.util.Optional.empty();
                            }
                        };
                        var recognition = new FieldExtractor(java.time.Clock.systemUTC()).extract(pages, eyes);
                        recognition.fields().forEach((key, value) -> System.out.println("  " + key + " = " + value.value() + " @"
                                + "%.2f".formatted(value.confidence()) + " " + value.source() + " others "
                                + value.alternatives().stream().map(c -> c.value() + " @" + "%.2f".formatted(c.confidence())).toList()));
                        recognition.lineItems().forEach(item -> System.out.println("  item " + item));
                        recognition.vatBreakdown().forEach(line -> System.out.println("  vat " + line));
                    }
                    // -Ddump.concept=TAX: the amounts each label of that concept finds after it, with their nearness.
                    String concept = System.getProperty("dump.concept");
                    if (concept != null) {
                        Concept wanted = Concept.valueOf(concept);
                        ReferenceReader references = new ReferenceReader(reading);
                        for (Labels.Hit hit : reading.hits(wanted)) {
                            List<? extends Spot<?>> found = wanted == Concept.INVOICE_NUMBER || wanted == Concept.PO_NUMBER
                                    ? reading.search.after(hit, references::code) : reading.search.after(hit, reading::money);
                            System.out.println("  " + concept + " [" + hit.phrase().text + "] " + hit.weight() + " -> "
                                    + found.stream().map(spot -> spot.value() + " @" + "%.2f".formatted(spot.nearness())).toList());
                        }
                    }
                }
            }
        }
    }
}
