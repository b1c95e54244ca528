package io.verifact.document;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;

import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * A PDF's page tree, walked by hand before anyone relies on it. PDFBox forgives too much for
 * hostile input: it skips a node that loops back on the tree and puts a blank page in place of one
 * it cannot parse, so a broken file would be read as an invoice with missing pages.
 */
final class PageTree {

    private PageTree() {
    }

    /** The number of pages the tree really holds; refused when it loops, holds a page that cannot be read, or is too big. */
    static int pages(PDDocument pdf, Limits limits) throws DocumentRefused {
        COSDictionary root = pdf.getDocumentCatalog().getCOSObject().getCOSDictionary(COSName.PAGES);
        if (root == null) {
            throw DocumentRefused.of(Refusal.DAMAGED, ": it has no pages");
        }
        Set<COSDictionary> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<COSDictionary> waiting = new ArrayDeque<>();
        waiting.push(root);
        int pages = 0;
        while (!waiting.isEmpty()) {
            COSDictionary node = waiting.pop();
            if (!seen.add(node)) {
                throw DocumentRefused.of(Refusal.DAMAGED, ": its list of pages loops back on itself");
            }
            if (!isBranch(node)) {
                if (++pages > limits.maxPages()) {
                    throw DocumentRefused.of(Refusal.TOO_MANY_PAGES, pages + "+", limits.maxPages());
                }
                continue;
            }
            COSArray kids = node.getCOSArray(COSName.KIDS);
            for (int i = kids == null ? -1 : kids.size() - 1; i >= 0; i--) {
                COSBase kid = kids.getObject(i);
                if (!(kid instanceof COSDictionary page)) {
                    throw DocumentRefused.of(Refusal.DAMAGED, ": a page cannot be read");
                }
                waiting.push(page);
            }
        }
        return pages;
    }

    private static boolean isBranch(COSDictionary node) {
        return COSName.PAGES.equals(node.getCOSName(COSName.TYPE)) || node.containsKey(COSName.KIDS);
    }
}
