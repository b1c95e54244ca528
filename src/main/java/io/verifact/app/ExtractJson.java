package io.verifact.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.verifact.identify.Identification;
import io.verifact.model.Box;
import io.verifact.model.Candidate;
import io.verifact.model.CheckResult;
import io.verifact.model.CustomValue;
import io.verifact.model.Engine;
import io.verifact.model.FieldValue;
import io.verifact.model.LineItem;
import io.verifact.model.VatLine;
import io.verifact.workflow.Outcome;

import java.math.BigDecimal;
import java.util.stream.Collectors;

/** One line of {@code extract --json}, exactly as CONTRACT.md describes it. */
final class ExtractJson {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ExtractJson() {
    }

    /**
     * The supplier and client file found, under {@code supplier} and {@code dossier}, with the register's
     * own ids; for an unknown supplier, what would be created, under {@code supplier_proposal}.
     */
    private static void identification(ObjectNode o, Identification found) {
        found.supplier().ifPresent(supplier -> {
            ObjectNode s = o.putObject("supplier");
            s.put("id", supplier.code()).put("name", supplier.name()).put("matched_by", found.matchedBy());
            ArrayNode candidates = s.putArray("candidates");
            found.candidates().forEach(c -> candidates.addObject().put("id", c.code()).put("name", c.name()));
            found.account().ifPresent(a -> s.put("account", a));
            if (supplier.blocked()) {
                s.put("blocked", true);
            }
        });
        found.proposal().ifPresent(p -> {
            ObjectNode n = o.putObject("supplier_proposal").put("name", p.name()).put("account", p.account());
            ArrayNode ids = n.putArray("identifiers");
            p.identifiers().forEach(i -> ids.addObject().put("kind", i.kind().key()).put("value", i.value()));
            p.existing().ifPresent(e -> n.putObject("existing").put("id", e.code()).put("name", e.name()));
        });
        found.dossier().ifPresent(d -> o.putObject("dossier").put("id", d.code()).put("name", d.name())
                .put("matched_by", found.dossierMatchedBy()));
        if (!found.log().isEmpty()) {
            ArrayNode log = o.putArray("identification");
            found.log().forEach(log::add);
        }
    }

    static String line(String file, Outcome outcome) {
        ObjectNode o = JSON.createObjectNode();
        o.put("file", file);
        switch (outcome) {
            case Outcome.Refused refused -> {
                o.put("status", "error");
                if (refused.sha256() != null) {
                    o.put("sha256", refused.sha256());
                }
                o.put("error", refused.reason());
            }
            case Outcome.Read read -> {
                o.put("status", "ok");
                o.put("sha256", read.sha256());
                o.put("pages", read.pages().size());
                o.put("engine", read.engines().stream().map(Engine::key).collect(Collectors.joining("+")));
                identification(o, read.supplier());
                ObjectNode fields = o.putObject("fields");
                read.recognition().fields().values().forEach(f -> fields.set(f.key().key(), field(f)));
                if (!read.recognition().custom().isEmpty()) {
                    ObjectNode custom = o.putObject("custom_fields");
                    for (CustomValue c : read.recognition().custom()) {
                        ObjectNode n = custom.putObject(c.name()).put("value", c.value()).put("confidence", round(c.confidence(), 2))
                                .put("source", c.source().key());
                        if (c.box() != null) {
                            n.put("page", c.page());
                            n.set("box", box(c.box()));
                        }
                    }
                }
                ArrayNode vat = o.putArray("vat_breakdown");
                for (VatLine line : read.recognition().vatBreakdown()) {
                    vat.addObject().put("rate", plain(line.rate())).put("base", plain(line.base())).put("tax", plain(line.tax()));
                }
                ArrayNode items = o.putArray("line_items");
                for (LineItem item : read.recognition().lineItems()) {
                    ObjectNode i = items.addObject();
                    i.put("description", item.description());
                    putAmount(i, "quantity", item.quantity());
                    putAmount(i, "unit_price", item.unitPrice());
                    putAmount(i, "amount", item.amount());
                    putAmount(i, "vat_rate", item.vatRate());
                }
                ArrayNode checks = o.putArray("checks");
                for (CheckResult check : read.recognition().checks()) {
                    checks.addObject().put("name", check.name()).put("ok", check.ok()).put("detail", check.detail());
                }
            }
        }
        return o.toString();
    }

    private static ObjectNode field(FieldValue f) {
        ObjectNode n = JSON.createObjectNode();
        n.put("value", f.value());
        n.put("confidence", round(f.confidence(), 2));
        n.put("source", f.source().key());
        if (f.box() != null) {
            n.put("page", f.page());
            n.set("box", box(f.box()));
        }
        if (!f.alternatives().isEmpty()) {
            ArrayNode candidates = n.putArray("candidates");
            for (Candidate c : f.alternatives()) {
                ObjectNode cn = candidates.addObject().put("value", c.value()).put("confidence", round(c.confidence(), 2));
                if (c.box() != null) {
                    cn.put("page", c.page());
                    cn.set("box", box(c.box()));
                }
            }
        }
        return n;
    }

    private static ArrayNode box(Box b) {
        ArrayNode a = JSON.createArrayNode();
        a.add(round(b.x0(), 4)).add(round(b.y0(), 4)).add(round(b.x1(), 4)).add(round(b.y1(), 4));
        return a;
    }

    private static void putAmount(ObjectNode node, String name, BigDecimal value) {
        if (value != null) {
            node.put(name, plain(value));
        }
    }

    private static String plain(BigDecimal value) {
        return value.toPlainString();
    }

    private static double round(double value, int decimals) {
        double scale = Math.pow(10, decimals);
        return Math.round(value * scale) / scale;
    }
}
