package io.verifact.app.bench;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.verifact.document.Documents;
import io.verifact.document.Limits;
import io.verifact.extract.FieldExtractor;
import io.verifact.ocr.OcrEngine;
import io.verifact.workflow.Outcome;
import io.verifact.workflow.Recognizer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * How right the reading is on folders of invoices with their truth files ({@code *.truth.json}, as
 * in the shared corpus), and on a folder of scanned receipts with their key files: per field, the share right, the share given a confidence of 0.9 or more,
 * and how often right then.
 */
public final class AccuracyBench {

    private final OcrEngine engine;
    private final int workers;
    private final Consumer<String> progress;

    public AccuracyBench(OcrEngine engine, int workers, Consumer<String> progress) {
        this.engine = engine;
        this.workers = workers;
        this.progress = progress;
    }

    /** The scorecards of the born-digital folder and of the scans folder, for each that holds truth files. */
    public List<Scorecard> run(Path bornDigital, Path scans) throws IOException, InterruptedException {
        return run(bornDigital, scans, null);
    }

    /** @param receipts a folder of scanned receipts with their key files, or null */
    public List<Scorecard> run(Path bornDigital, Path scans, Path receipts) throws IOException, InterruptedException {
        List<Scorecard> cards = new ArrayList<>();
        List<Truth> born = Files.isDirectory(bornDigital) ? Truth.bornDigital(bornDigital) : List.of();
        if (!born.isEmpty()) {
            cards.add(score("born", bornDigital, born));
        }
        List<Truth> scanned = Files.isDirectory(scans) ? Truth.scans(scans) : List.of();
        if (!scanned.isEmpty()) {
            cards.add(score("scans", scans, scanned));
        }
        List<Truth> slips = receipts != null && Files.isDirectory(receipts) ? Truth.receipts(receipts) : List.of();
        if (!slips.isEmpty()) {
            cards.add(score("receipts", receipts, slips));
        }
        return cards;
    }

    private Scorecard score(String kind, Path folder, List<Truth> truths) throws InterruptedException, IOException {
        progress.accept("accuracy: reading " + truths.size() + " " + kind + " files");
        Documents documents = new Documents(Limits.DEFAULT);
        Clock clock = Clock.systemDefaultZone();
        CorpusRun run = new CorpusRun(documents, new Recognizer(documents, engine, new FieldExtractor(clock), clock), workers);
        List<Path> files = truths.stream().map(t -> folder.resolve(t.file())).filter(Files::isRegularFile).toList();
        Map<String, Outcome> outcomes;
        try {
            outcomes = run.read(files);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IOException("a file could not be read: " + e.getCause().getMessage(), e.getCause());
        }
        Scorecard card = new Scorecard(kind);
        truths.stream().filter(t -> outcomes.containsKey(t.file())).forEach(t -> card.add(t, outcomes.get(t.file())));
        return card;
    }

    /** The scorecards as the bench's JSON: per kind, the overall figures and each field's. */
    public static ObjectNode json(List<Scorecard> cards) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        for (Scorecard card : cards) {
            ObjectNode kind = root.putObject(card.kind());
            kind.put("accuracy", round(card.accuracy()));
            kind.put("calibration", round(card.calibration()));
            ObjectNode fields = kind.putObject("fields");
            for (String field : card.fields()) {
                ObjectNode figures = fields.putObject(field).put("right", round(card.accuracy(field)))
                        .put("sure_share", round(card.sureShare(field)));
                // A field never given 0.9 or more says nothing of how right it is then.
                if (card.sureShare(field) > 0) {
                    figures.put("right_when_sure", round(card.sureRight(field)));
                } else {
                    figures.putNull("right_when_sure");
                }
            }
        }
        return root;
    }

    private static double round(double percent) {
        return Math.round(percent * 10) / 10.0;
    }
}
