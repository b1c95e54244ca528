package io.verifact.extract;

import io.verifact.model.Candidate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Candidates for one field, with the evidence for each, the best one first. */
final class Scored {

    /** A runner-up this close to the best makes the choice doubtful. */
    private static final double AMBIGUOUS = 0.8;

    private final Map<String, Candidate> byValue = new LinkedHashMap<>();
    private final Map<String, Double> scores = new LinkedHashMap<>();

    /** Adds a candidate; the same value seen again keeps its best score and place. */
    void add(String value, Spot<?> spot, double score) {
        add(new Candidate(value, spot.printed(), 0, spot.page(), spot.box()), score, spot.confidence());
    }

    void add(Candidate candidate, double score, double readConfidence) {
        String value = candidate.value();
        Double before = scores.get(value);
        if (before == null || score > before) {
            scores.put(value, score);
            byValue.put(value, new Candidate(value, candidate.printed(), readConfidence, candidate.page(), candidate.box()));
        }
    }

    /** Sets a candidate's score, lower or higher: for evidence against a value found after it. */
    void rescore(String value, double score) {
        if (scores.containsKey(value)) {
            scores.put(value, score);
        }
    }

    boolean isEmpty() {
        return scores.isEmpty();
    }

    List<Map.Entry<String, Double>> ranked() {
        List<Map.Entry<String, Double>> ranked = new ArrayList<>(scores.entrySet());
        ranked.sort(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder()));
        return ranked;
    }

    /** How surely a candidate's words were read: 1 on a text layer, the OCR's word confidence on a scan. */
    double readConfidence(String value) {
        Candidate c = byValue.get(value);
        return c == null || c.confidence() == 0 ? 1 : c.confidence();
    }

    double score(String value) {
        return scores.getOrDefault(value, 0.0);
    }

    /**
     * The chosen value with a confidence from its score and how surely it was read, and the others,
     * best first.
     */
    Optional<Choice> choose(double confidenceOfBest) {
        List<Map.Entry<String, Double>> ranked = ranked();
        if (ranked.isEmpty()) {
            return Optional.empty();
        }
        String best = ranked.getFirst().getKey();
        Candidate chosen = byValue.get(best);
        double confidence = Math.min(confidenceOfBest, chosen.confidence() == 0 ? confidenceOfBest : 0.5 + chosen.confidence() / 2);
        if (ranked.size() > 1 && ranked.get(1).getValue() >= AMBIGUOUS * ranked.getFirst().getValue()) {
            // Another value stood almost as well: the operator should look.
            confidence *= 0.8;
        }
        List<Candidate> others = new ArrayList<>();
        for (int i = 1; i < ranked.size() && others.size() < 5; i++) {
            Candidate c = byValue.get(ranked.get(i).getKey());
            others.add(new Candidate(c.value(), c.printed(), Math.min(confidence, ranked.get(i).getValue() / Math.max(1e-9, ranked.getFirst().getValue()) * confidence), c.page(), c.box()));
        }
        return Optional.of(new Choice(new Candidate(best, chosen.printed(), confidence, chosen.page(), chosen.box()), others));
    }

    /** A field's chosen value and the values it could also have been. */
    record Choice(Candidate chosen, List<Candidate> others) {
    }
}
