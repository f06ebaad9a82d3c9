package org.sendpmo.adapters.json;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import jakarta.inject.Singleton;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.sendpmo.returns.Milestone;
import org.sendpmo.returns.ProjectReturn;
import org.sendpmo.returns.Rag;
import org.sendpmo.returns.ReturnCodec;
import org.sendpmo.scoring.Criterion;
import org.sendpmo.scoring.CriterionScores;

/**
 * The canonical JSON of a return, schema {@code return/1}. Its SHA-256 names the raw object, so equal
 * returns must give byte-identical output.
 *
 * <p>Why Jackson directly rather than Micronaut Serde: canonical bytes need the field order, number
 * and date formats fixed by this class, not by bean introspection or mapper configuration that some
 * other bean could change; and Serde would need {@code @Serdeable} on the domain records, which must
 * stay free of Micronaut. So encoding writes every token with the streaming {@link JsonGenerator}
 * (compact, UTF-8, no whitespace), and decoding reads a tree and checks each field by hand so that a
 * person gets a readable message naming the field.
 *
 * <p>Layout: {@code {"schema":"return/1","projectId":…,"reportingMonth":"yyyy-MM","overallRag":"RED|AMBER|GREEN",
 * "progressCommentary":…,"milestones":[{"name":…,"baseline":"yyyy-MM-dd","forecast":…,"complete":bool}],
 * "keyRisksAndIssues":[…],"scores":{"c01":4,…},"submittedBy":…}}; scores are in criterion order and
 * unscored criteria are omitted.
 */
@Singleton
public class JacksonReturnCodec implements ReturnCodec {

    public static final String SCHEMA = "return/1";

    private static final List<String> FIELDS = List.of("schema", "projectId", "reportingMonth", "overallRag",
            "progressCommentary", "milestones", "keyRisksAndIssues", "scores", "submittedBy");
    private static final List<String> MILESTONE_FIELDS = List.of("name", "baseline", "forecast", "complete");

    private final JsonFactory factory = JsonFactory.builder().build();
    private final ObjectMapper reader = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    @Override
    public byte[] encode(ProjectReturn ret) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1024);
        try (JsonGenerator g = factory.createGenerator(out, JsonEncoding.UTF8)) {
            g.writeStartObject();
            g.writeStringField("schema", SCHEMA);
            g.writeStringField("projectId", ret.projectId());
            g.writeStringField("reportingMonth", ret.reportingMonth().toString());
            g.writeStringField("overallRag", ret.overallRag().name());
            g.writeStringField("progressCommentary", ret.progressCommentary());
            g.writeArrayFieldStart("milestones");
            for (Milestone m : ret.milestones()) {
                g.writeStartObject();
                g.writeStringField("name", m.name());
                g.writeStringField("baseline", m.baseline().toString());
                g.writeStringField("forecast", m.forecast().toString());
                g.writeBooleanField("complete", m.complete());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("keyRisksAndIssues");
            for (String risk : ret.keyRisksAndIssues()) {
                g.writeString(risk);
            }
            g.writeEndArray();
            g.writeObjectFieldStart("scores");
            for (Criterion c : Criterion.values()) {
                Integer score = ret.scores().scores().get(c);
                if (score != null) {
                    g.writeNumberField(c.id(), score);
                }
            }
            g.writeEndObject();
            g.writeStringField("submittedBy", ret.submittedBy());
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory cannot fail", e);
        }
        return out.toByteArray();
    }

    @Override
    public ProjectReturn decode(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            throw new IllegalArgumentException("Not a return: the content is empty");
        }
        JsonNode root;
        try {
            root = reader.readTree(bytes);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Not a return: the JSON is malformed: " + e.getOriginalMessage()
                    + at(e.getLocation()), e);
        } catch (IOException e) {
            throw new IllegalArgumentException("Not a return: the content could not be read: " + e.getMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException("Not a return: expected a JSON object");
        }
        onlyKnownFields(root, FIELDS, "the return");
        String schema = text(root, "schema");
        if (!SCHEMA.equals(schema)) {
            throw new IllegalArgumentException("Not a return: field 'schema' must be \"" + SCHEMA + "\" but is \"" + schema + "\"");
        }
        try {
            return new ProjectReturn(
                    text(root, "projectId"),
                    month(root, "reportingMonth"),
                    rag(root, "overallRag"),
                    text(root, "progressCommentary"),
                    milestones(root),
                    texts(root, "keyRisksAndIssues"),
                    scores(root),
                    text(root, "submittedBy"));
        } catch (IllegalArgumentException e) {
            throw e.getMessage() != null && e.getMessage().startsWith("Not a return")
                    ? e : new IllegalArgumentException("Not a return: " + e.getMessage(), e);
        }
    }

    private static String at(JsonLocation location) {
        return location == null ? "" : " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }

    private static void onlyKnownFields(JsonNode object, List<String> known, String what) {
        Iterator<String> names = object.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!known.contains(name)) {
                throw new IllegalArgumentException("Not a return: unknown field '" + name + "' in " + what);
            }
        }
    }

    private static JsonNode required(JsonNode object, String field, String where) {
        JsonNode node = object.get(field);
        if (node == null || node.isNull()) {
            throw new IllegalArgumentException("Not a return: missing field '" + field + "'" + where);
        }
        return node;
    }

    private static String text(JsonNode object, String field) {
        return text(object, field, "");
    }

    private static String text(JsonNode object, String field, String where) {
        JsonNode node = required(object, field, where);
        if (!node.isTextual()) {
            throw new IllegalArgumentException("Not a return: field '" + field + "'" + where + " must be a string");
        }
        return node.textValue();
    }

    private static YearMonth month(JsonNode object, String field) {
        String value = text(object, field);
        try {
            return YearMonth.parse(value);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("Not a return: field '" + field + "' must be a month yyyy-MM: " + value, e);
        }
    }

    private static LocalDate date(JsonNode object, String field, String where) {
        String value = text(object, field, where);
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("Not a return: field '" + field + "'" + where
                    + " must be a date yyyy-MM-dd: " + value, e);
        }
    }

    private static Rag rag(JsonNode object, String field) {
        String value = text(object, field);
        try {
            return Rag.valueOf(value);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Not a return: field '" + field + "' must be RED, AMBER or GREEN: " + value, e);
        }
    }

    private static JsonNode array(JsonNode object, String field) {
        JsonNode node = required(object, field, "");
        if (!node.isArray()) {
            throw new IllegalArgumentException("Not a return: field '" + field + "' must be a list");
        }
        return node;
    }

    private static List<String> texts(JsonNode object, String field) {
        List<String> values = new ArrayList<>();
        int i = 0;
        for (JsonNode item : array(object, field)) {
            if (!item.isTextual()) {
                throw new IllegalArgumentException("Not a return: item " + (i + 1) + " of '" + field + "' must be a string");
            }
            values.add(item.textValue());
            i++;
        }
        return values;
    }

    private static List<Milestone> milestones(JsonNode root) {
        List<Milestone> milestones = new ArrayList<>();
        int i = 0;
        for (JsonNode item : array(root, "milestones")) {
            i++;
            String where = " of milestone " + i;
            if (!item.isObject()) {
                throw new IllegalArgumentException("Not a return: milestone " + i + " must be an object");
            }
            onlyKnownFields(item, MILESTONE_FIELDS, "milestone " + i);
            JsonNode complete = required(item, "complete", where);
            if (!complete.isBoolean()) {
                throw new IllegalArgumentException("Not a return: field 'complete'" + where + " must be true or false");
            }
            milestones.add(new Milestone(text(item, "name", where), date(item, "baseline", where),
                    date(item, "forecast", where), complete.booleanValue()));
        }
        return milestones;
    }

    private static CriterionScores scores(JsonNode root) {
        JsonNode node = required(root, "scores", "");
        if (!node.isObject()) {
            throw new IllegalArgumentException("Not a return: field 'scores' must be an object such as {\"c01\":4}");
        }
        Map<Criterion, Integer> scores = new EnumMap<>(Criterion.class);
        for (Map.Entry<String, JsonNode> entry : (Iterable<Map.Entry<String, JsonNode>>) node::fields) {
            Criterion criterion = Criterion.fromId(entry.getKey())
                    .filter(c -> c.id().equals(entry.getKey()))
                    .orElseThrow(() -> new IllegalArgumentException("Not a return: unknown criterion '" + entry.getKey()
                            + "' in 'scores' (expected c01 to c" + Criterion.values().length + ")"));
            JsonNode score = entry.getValue();
            if (!score.isInt()) {
                throw new IllegalArgumentException("Not a return: score " + entry.getKey() + " must be a whole number 1 to 5");
            }
            scores.put(criterion, score.intValue());
        }
        return new CriterionScores(scores);
    }

    /** For tests and documentation: the top-level field order of the canonical form. */
    public static List<String> fieldOrder() {
        return FIELDS;
    }
}
