package io.verifact.store;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.verifact.model.Box;
import io.verifact.model.Candidate;

/**
 * A field's other candidates as JSON, in a shape the store owns (boxes as {@code [x0, y0, x1, y1]}, as in
 * CONTRACT.md) so that renaming a model record never makes stored recognitions unreadable.
 */
final class Alternatives {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Alternatives() {
    }

    static String write(List<Candidate> candidates) {
        ArrayNode array = JSON.createArrayNode();
        for (Candidate candidate : candidates) {
            ObjectNode node = array.addObject()
                    .put("value", candidate.value())
                    .put("printed", candidate.printed())
                    .put("confidence", candidate.confidence())
                    .put("page", candidate.page());
            Box box = candidate.box();
            if (box != null) {
                node.putArray("box").add(box.x0()).add(box.y0()).add(box.x1()).add(box.y1());
            }
        }
        return array.toString();
    }

    static List<Candidate> read(String json) {
        JsonNode array;
        try {
            array = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored alternatives are not JSON: " + json, e);
        }
        List<Candidate> candidates = new ArrayList<>();
        for (JsonNode node : array) {
            JsonNode box = node.get("box");
            candidates.add(new Candidate(text(node, "value"), text(node, "printed"), node.path("confidence").asDouble(),
                    node.path("page").asInt(), box == null ? null
                            : new Box(box.get(0).asDouble(), box.get(1).asDouble(), box.get(2).asDouble(), box.get(3).asDouble())));
        }
        return candidates;
    }

    private static String text(JsonNode node, String name) {
        JsonNode value = node.get(name);
        return value == null || value.isNull() ? null : value.asText();
    }
}
