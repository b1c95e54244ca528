package io.verifact.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.verifact.document.Documents;
import io.verifact.document.Limits;
import io.verifact.extract.FieldExtractor;
import io.verifact.model.Box;
import io.verifact.model.CustomField;
import io.verifact.model.FieldKey;
import io.verifact.model.Engine;
import io.verifact.model.Mask;
import io.verifact.model.Supplier;
import io.verifact.model.Zone;
import io.verifact.ocr.OcrEngine;
import io.verifact.ocr.OcrUnavailable;
import io.verifact.store.LocalStore;
import io.verifact.store.StoreException;
import io.verifact.workflow.Outcome;
import io.verifact.workflow.Recognizer;
import io.verifact.workflow.Teaching;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code mask}: teach, list and delete suppliers' masks, exactly as the workstation's drawn rectangles do. */
@Command(name = "mask", mixinStandardHelpOptions = true,
        description = "Teach, list and delete suppliers' masks: the zones where a supplier prints each field.",
        subcommands = {MaskCommand.Teach.class, MaskCommand.ListMasks.class, MaskCommand.Delete.class})
final class MaskCommand {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static PrintStream standardOutput() {
        return new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
    }

    private static String actor() {
        return System.getProperty("user.name", "verifact");
    }

    @Command(name = "teach", mixinStandardHelpOptions = true,
            description = {"Read a zone of an invoice and save it in its supplier's mask, as a rectangle drawn in the workstation would.",
                    "Prints the value read as one JSON object. Exit code: 0 when the zone was saved, 2 when the file could not be read."})
    static final class Teach implements Callable<Integer> {

        private final PrintStream out;

        Teach() {
            this(standardOutput());
        }

        Teach(PrintStream out) {
            this.out = out;
        }

        @Option(names = "--db", required = true, paramLabel = "PATH", description = "The local store (created when missing).")
        Path db;

        @Option(names = "--file", required = true, paramLabel = "FILE", description = "The invoice the zone is drawn on.")
        Path file;

        @Option(names = "--field", required = true, paramLabel = "KEY", description = "The field the zone is for, such as gross_total.")
        String field;

        @Option(names = "--page", defaultValue = "1", paramLabel = "N", description = "The page the zone is on, from 1 (default 1).")
        int page;

        @Option(names = "--box", required = true, paramLabel = "x0,y0,x1,y1",
                description = "The zone as fractions of the page's width and height, origin top-left.")
        String box;

        @Option(names = "--supplier", paramLabel = "ID", description = "The supplier's id, when it is not to be found on the invoice.")
        String supplier;

        @Option(names = "--engine", paramLabel = "ENGINE", defaultValue = "auto", description = "auto (default), text or tesseract.")
        String engine;

        @Option(names = "--kind", paramLabel = "KIND",
                description = "When KEY is no standard field: add it as a custom field of this kind (text, amount or date) for the invoice's supplier.")
        String kind;

        @Override
        public Integer call() throws Exception {
            Box zone;
            try {
                zone = box(box);
            } catch (IllegalArgumentException e) {
                System.err.println("The box '" + box + "' is not four fractions x0,y0,x1,y1 between 0 and 1 with x0 < x1 and y0 < y1.");
                return 64;
            }
            Settings settings = Settings.fromSystem();
            try (LocalStore store = LocalStore.open(db); OcrEngine ocr = Engines.of(Engine.fromKey(engine), settings)) {
                Documents documents = new Documents(Limits.DEFAULT);
                Clock clock = Clock.systemDefaultZone();
                Outcome outcome = new Recognizer(documents, ocr, new FieldExtractor(clock), clock).recognize(file, store);
                if (!(outcome instanceof Outcome.Read read)) {
                    System.err.println(file + ": " + ((Outcome.Refused) outcome).reason());
                    return 2;
                }
                Teaching teaching = new Teaching(store, actor(), documents, ocr);
                Teaching.Invoice invoice = new Teaching.Invoice(read.sha256(), read.pages(), read.recognition(), Files.readAllBytes(file));
                // Checked before a custom field is added, so that a refused zone leaves nothing written.
                Teaching.checkZone(invoice, page, zone);
                Optional<String> chosen = Optional.ofNullable(supplier).map(id -> teaching.supplier(id).map(Supplier::id)
                        .orElseThrow(() -> new IllegalArgumentException("There is no supplier " + id + " in the register.")));
                if (kind != null && FieldKey.fromKey(field).isEmpty()) {
                    String owner = chosen.orElseGet(() -> read.supplier().supplier().map(Supplier::id).orElse(null));
                    teaching.addCustomField(new CustomField(field, CustomField.kind(kind), owner));
                }
                Teaching.Taught taught = teaching.teach(invoice, field, page, zone, chosen);
                out.println(json(file, taught));
                return 0;
            } catch (IllegalArgumentException e) {
                System.err.println(e.getMessage());
                return 64;
            } catch (StoreException | OcrUnavailable e) {
                System.err.println(e.getMessage());
                return 3;
            }
        }

        private static String json(Path file, Teaching.Taught taught) {
            ObjectNode o = JSON.createObjectNode();
            o.put("file", file.toString());
            o.put("field", taught.read().field());
            taught.read().value().ifPresent(v -> o.put("value", v.value()).put("confidence", Math.round(v.confidence() * 100) / 100.0));
            o.put("text", taught.read().text());
            o.put("page", taught.read().page());
            boxNode(o.putArray("box"), taught.read().box());
            if (taught.read().value().isEmpty()) {
                o.put("warning", "The zone holds no " + taught.read().field() + "; it was saved all the same.");
            }
            ObjectNode s = o.putObject("supplier");
            s.put("id", taught.supplier().code()).put("name", taught.supplier().name()).put("matched_by", taught.matchedBy())
                    .put("created", taught.newSupplier());
            ObjectNode m = o.putObject("mask");
            m.put("id", taught.mask().id()).put("version", taught.mask().version()).put("created", taught.newMask());
            zone(m.putObject("zone"), taught.zone());
            return o.toString();
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the masks in use, as JSON Lines: one mask per line.")
    static final class ListMasks implements Callable<Integer> {

        private final PrintStream out;

        ListMasks() {
            this(standardOutput());
        }

        ListMasks(PrintStream out) {
            this.out = out;
        }

        @Option(names = "--db", required = true, paramLabel = "PATH", description = "The local store.")
        Path db;

        @Option(names = "--supplier", paramLabel = "ID", description = "Only this supplier's masks.")
        String supplier;

        @Override
        public Integer call() {
            try (LocalStore store = LocalStore.open(db)) {
                Teaching teaching = new Teaching(store, actor());
                Optional<String> chosen = Optional.ofNullable(supplier).map(id -> teaching.supplier(id).map(Supplier::id).orElse(id));
                for (Mask mask : teaching.masks(chosen)) {
                    ObjectNode o = JSON.createObjectNode();
                    o.put("id", mask.id()).put("version", mask.version());
                    Optional<Supplier> owner = teaching.supplier(mask.supplierId());
                    // Named as extract and the register name it.
                    o.putObject("supplier").put("id", owner.map(Supplier::code).orElse(mask.supplierId())).put("name", owner.map(Supplier::name).orElse(""));
                    ArrayNode zones = o.putArray("zones");
                    mask.zones().forEach(z -> zone(zones.addObject(), z));
                    out.println(o);
                }
                return 0;
            } catch (StoreException e) {
                System.err.println(e.getMessage());
                return 3;
            }
        }
    }

    @Command(name = "delete", mixinStandardHelpOptions = true,
            description = "Take a mask out of use. Its history is kept: an earlier version can be restored in the workstation.")
    static final class Delete implements Callable<Integer> {

        @Option(names = "--db", required = true, paramLabel = "PATH", description = "The local store.")
        Path db;

        @Option(names = "--mask", required = true, paramLabel = "ID", description = "The mask's id, as mask list shows it.")
        String mask;

        @Override
        public Integer call() {
            try (LocalStore store = LocalStore.open(db)) {
                new Teaching(store, actor()).delete(mask);
                System.err.println("Mask " + mask + " deleted.");
                return 0;
            } catch (StoreException e) {
                System.err.println(e.getMessage());
                return e.problem() == StoreException.Problem.UNKNOWN_DOCUMENT ? 2 : 3;
            }
        }
    }

    private static void zone(ObjectNode node, Zone zone) {
        node.put("field", zone.field()).put("page", zone.page().toString());
        boxNode(node.putArray("box"), zone.box());
        if (zone.hasLabel()) {
            node.put("label", zone.label());
        }
    }

    private static void boxNode(ArrayNode array, Box b) {
        array.add(round(b.x0())).add(round(b.y0())).add(round(b.x1())).add(round(b.y1()));
    }

    private static double round(double v) {
        return Math.round(v * 10_000) / 10_000.0;
    }

    static Box box(String text) {
        String[] parts = text.split(",");
        if (parts.length != 4) {
            throw new IllegalArgumentException(text);
        }
        double[] v = new double[4];
        for (int i = 0; i < 4; i++) {
            v[i] = Double.parseDouble(parts[i].strip());
            if (!(v[i] >= 0 && v[i] <= 1)) {
                throw new IllegalArgumentException(text);
            }
        }
        if (!(v[0] < v[2] && v[1] < v[3])) {
            throw new IllegalArgumentException(text);
        }
        return new Box(v[0], v[1], v[2], v[3]);
    }
}
