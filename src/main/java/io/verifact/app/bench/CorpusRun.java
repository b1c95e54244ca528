package io.verifact.app.bench;

import io.verifact.document.DocumentRefused;
import io.verifact.document.Documents;
import io.verifact.workflow.Outcome;
import io.verifact.workflow.Recognizer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Reads files through the real pipeline, a few side by side, as {@code extract} does. */
public final class CorpusRun {

    private final Documents documents;
    private final Recognizer recognizer;
    private final int threads;

    public CorpusRun(Documents documents, Recognizer recognizer, int threads) {
        this.documents = documents;
        this.recognizer = recognizer;
        this.threads = threads;
    }

    /** What each file gave, by its file name, in input order. */
    public Map<String, Outcome> read(List<Path> files) throws InterruptedException, ExecutionException {
        try (ExecutorService workers = Executors.newFixedThreadPool(threads)) {
            List<Future<Outcome>> results = new ArrayList<>();
            for (Path file : files) {
                results.add(workers.submit(() -> read(file)));
            }
            Map<String, Outcome> outcomes = new LinkedHashMap<>();
            for (int i = 0; i < files.size(); i++) {
                outcomes.put(files.get(i).getFileName().toString(), results.get(i).get());
            }
            return outcomes;
        }
    }

    private Outcome read(Path file) {
        try {
            return recognizer.recognize(file.toString(), documents.read(file));
        } catch (DocumentRefused e) {
            return new Outcome.Refused(null, e.getMessage());
        }
    }
}
