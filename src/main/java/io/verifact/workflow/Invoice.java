package io.verifact.workflow;

import io.verifact.model.CheckResult;
import io.verifact.model.FieldKey;
import io.verifact.model.FieldValue;
import io.verifact.model.InvoiceStatus;
import io.verifact.model.PageText;
import io.verifact.model.Recognition;

import java.util.List;
import java.util.Optional;

/**
 * An invoice opened for verification: what was read, where it stands, and its pages' words.
 *
 * @param id the document's id in the local store
 * @param pages the pages as read, in order, with their words and sizes
 * @param conflict whether two workstations validated it differently: it is open again until an operator decides
 */
public record Invoice(long id, String fileName, InvoiceStatus status, String statusReason, Recognition recognition,
                      List<PageText> pages, boolean conflict) {

    public Invoice {
        pages = List.copyOf(pages);
    }

    public Optional<FieldValue> field(FieldKey key) {
        return Optional.ofNullable(recognition.fields().get(key));
    }

    public List<CheckResult> failedChecks() {
        return recognition.checks().stream().filter(c -> !c.ok()).toList();
    }

    public int pageCount() {
        return pages.size();
    }

    /**
     * How far a page, by number from 1, was turned to be read, in quarter turns clockwise: its lines run across the
     * page so turned. 0 for a page read as scanned, or one not read.
     */
    public int readingTurns(int page) {
        return pages.stream().filter(p -> p.number() == page).mapToInt(PageText::uprightTurns).findFirst().orElse(0);
    }

    /**
     * Whether the operator may still change it: validated, rejected and quarantined invoices are closed,
     * unless two workstations decided them differently; validating it again is then the decision.
     */
    public boolean open() {
        return status == InvoiceStatus.RECOGNIZED || status == InvoiceStatus.TO_VERIFY
                || conflict && status != InvoiceStatus.QUARANTINED;
    }
}
