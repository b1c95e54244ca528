package io.verifact.store;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.verifact.model.Box;
import io.verifact.model.LayoutPrint;
import io.verifact.model.PagePlace;
import io.verifact.model.Zone;

/** A mask's zones and layout as JSON, in a shape the store owns, so that renaming a record never loses a mask. */
final class MaskJson {

    private static final ObjectMapper JSON = new ObjectMapper();

    private MaskJson() {
    }

    static String zones(List<Zone> zones) {
        ArrayNode array = JSON.createArrayNode();
        for (Zone z : zones) {
            ObjectNode node = array.addObject().put("field", z.field()).put("page", z.page().toString());
            box(node.putArray("box"), z.box());
            if (z.hasLabel()) {
                node.put("label", z.label());
                box(node.putArray("label_box"), z.labelBox());
            }
            if (z.fromFoot()) {
                node.put("foot", z.foot());
            }
            if (!z.sample().isEmpty()) {
                node.put("sample", z.sample());
            }
        }
        return array.toString();
    }

    /** What a stored mask holds in a shape this version does not read: written by a newer Verifact, or damaged. */
    static final class Unreadable extends IllegalStateException {
        Unreadable(String json, Throwable cause) {
            super("a stored mask cannot be read: " + json, cause);
        }
    }

    static List<Zone> zones(String json) {
        List<Zone> zones = new ArrayList<>();
        try {
            for (JsonNode node : tree(json)) {
                zones.add(new Zone(node.path("field").asText(), PagePlace.parse(node.path("page").asText()), box(node.get("box")),
                        node.path("label").asText(""), node.has("label_box") ? box(node.get("label_box")) : null,
                        node.path("foot").asDouble(0), node.path("sample").asText("")));
            }
        } catch (RuntimeException e) {
            throw e instanceof Unreadable u ? u : new Unreadable(json, e);
        }
        return zones;
    }

    static String print(LayoutPrint print) {
        ArrayNode array = JSON.createArrayNode();
        for (LayoutPrint.Mark m : print.marks()) {
            array.addArray().add(m.word()).add(m.x()).add(m.y());
        }
        return array.toString();
    }

    static LayoutPrint print(String json) {
        List<LayoutPrint.Mark> marks = new ArrayList<>();
        try {
            for (JsonNode m : tree(json)) {
                marks.add(new LayoutPrint.Mark(m.get(0).asText(), m.get(1).asDouble(), m.get(2).asDouble()));
            }
            return new LayoutPrint(marks);
        } catch (RuntimeException e) {
            throw e instanceof Unreadable u ? u : new Unreadable(json, e);
        }
    }

    private static void box(ArrayNode array, Box b) {
        array.add(b.x0()).add(b.y0()).add(b.x1()).add(b.y1());
    }

    private static Box box(JsonNode a) {
        return new Box(a.get(0).asDouble(), a.get(1).asDouble(), a.get(2).asDouble(), a.get(3).asDouble());
    }

    private static JsonNode tree(String json) {
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new Unreadable(json, e);
        }
    }
}
