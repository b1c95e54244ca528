package io.verifact.identify;

import io.verifact.document.Documents;
import io.verifact.document.Limits;
import io.verifact.model.PageText;
import io.verifact.ocr.TextLayerEngine;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

class DebugLinesTest {
    @Test
    void dump() throws Exception {
        Path f = Path.of(System.getProperty("dbg.file"));
        Documents documents = new Documents(Limits.DEFAULT);
        try (var doc = documents.open(Files.readAllBytes(f)); var engine = new TextLayerEngine()) {
            List<PageText> pages = new ArrayList<>();
            for (int p = 1; p <= doc.pageCount(); p++) pages.add(engine.read(doc, p));
            for (PageEvidence.Line l : PageEvidence.of(pages).lines()) System.out.println("LINE " + l.tokens() + " " + l.segments());
        }
    }
}
