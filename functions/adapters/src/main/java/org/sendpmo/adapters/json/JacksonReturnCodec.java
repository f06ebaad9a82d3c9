package org.sendpmo.adapters.json;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import jakarta.inject.Singleton;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sendpmo.project.ImprovementArea;
import org.sendpmo.returns.KpiValue;
import org.sendpmo.returns.Milestone;
import org.sendpmo.returns.ProjectReturn;
import org.sendpmo.returns.Rag;
import org.sendpmo.returns.ReturnCodec;
import org.sendpmo.returns.ReturnFinance;
import org.sendpmo.returns.SafetyValveImpact;
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
 *
 * <p>Then the optional fields, each written only when the return has it, so that a return without them
 * has exactly the bytes (and the hash, and the raw key) it had before they existed:
 * {@code "percentComplete":45.5} when given; {@code "improvementAreas":["C1","C6"]} in area order when
 * any; {@code "kpiValues":[{"kpiId":"CK3","value":598},…]} in KPI id order when any;
 * {@code "finance":{"shortTermSavings":250000,"longTermSavings":1250000.5,"costToDeliver":80000,
 * "safetyValveImpact":"NONE|LOW|MEDIUM|HIGH","financeAssured":true}} when any of its members would be
 * written. Inside {@code finance} each amount and the impact appear only when given, and
 * {@code financeAssured} only when true: absent means not assured (decoding also accepts an explicit
 * false). Numbers are plain decimals without trailing zeros or exponent (45.5, not 45.50 or 4.55E+1).
 */
@Singleton
public class JacksonReturnCodec implements ReturnCodec {

    public static final String SCHEMA = "return/1";

    private static final List<String> FIELDS = List.of("schema", "projectId", "reportingMonth", "overallRag",
            "progressCommentary", "milestones", "keyRisksAndIssues", "scores", "submittedBy",
            "percentComplete", "improvementAreas", "kpiValues", "finance");
    private static final List<String> MILESTONE_FIELDS = List.of("name", "baseline", "forecast", "complete");
    private static final List<String> KPI_VALUE_FIELDS = List.of("kpiId", "value");
    private static final List<String> FINANCE_FIELDS = List.of("shortTermSavings", "longTermSavings", "costToDeliver",
            "safetyValveImpact", "financeAssured");

    private final JsonFactory factory = JsonFactory.builder().build();
    private final ObjectMapper reader = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
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
            writeOptionalFields(g, ret);
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory cannot fail", e);
        }
        return out.toByteArray();
    }

    /** The fields added after return/1 was first written: each only when present, so older returns keep their bytes. */
    private static void writeOptionalFields(JsonGenerator g, ProjectReturn ret) throws IOException {
        if (ret.percentComplete() != null) {
            g.writeFieldName("percentComplete");
            g.writeNumber(ret.percentComplete().toPlainString());
        }
        if (!ret.improvementAreas().isEmpty()) {
            g.writeArrayFieldStart("improvementAreas");
            for (ImprovementArea area : ImprovementArea.values()) {
                if (ret.improvementAreas().contains(area)) {
                    g.writeString(area.code());
                }
            }
            g.writeEndArray();
        }
        if (!ret.kpiValues().isEmpty()) {
            g.writeArrayFieldStart("kpiValues");
            for (KpiValue v : ret.kpiValues()) {
                g.writeStartObject();
                g.writeStringField("kpiId", v.kpiId());
                g.writeFieldName("value");
                g.writeNumber(v.value().toPlainString());
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        ReturnFinance f = ret.finance();
        if (!f.isEmpty()) {
            g.writeObjectFieldStart("finance");
            amount(g, "shortTermSavings", f.shortTermSavings());
            amount(g, "longTermSavings", f.longTermSavings());
            amount(g, "costToDeliver", f.costToDeliver());
            if (f.safetyValveImpact() != null) {
                g.writeStringField("safetyValveImpact", f.safetyValveImpact().name());
            }
            if (f.financeAssured()) {
                g.writeBooleanField("financeAssured", true);
            }
            g.writeEndObject();
        }
    }

    private static void amount(JsonGenerator g, String field, BigDecimal value) throws IOException {
        if (value != null) {
            g.writeFieldName(field);
            g.writeNumber(value.toPlainString());
        }
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
                    text(root, "submittedBy"),
                    optionalDecimal(root, "percentComplete", ""),
                    finance(root),
                    improvementAreas(root),
                    kpiValues(root));
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

    private static JsonNode optional(JsonNode object, String field) {
        JsonNode node = object.get(field);
        return node == null || node.isNull() ? null : node;
    }

    private static BigDecimal optionalDecimal(JsonNode object, String field, String where) {
        JsonNode node = optional(object, field);
        if (node == null) {
            return null;
        }
        if (!node.isNumber()) {
            throw new IllegalArgumentException("Not a return: field '" + field + "'" + where + " must be a number");
        }
        return node.decimalValue();
    }

    private static Set<ImprovementArea> improvementAreas(JsonNode root) {
        JsonNode node = optional(root, "improvementAreas");
        Set<ImprovementArea> areas = EnumSet.noneOf(ImprovementArea.class);
        if (node == null) {
            return areas;
        }
        for (String code : texts(root, "improvementAreas")) {
            try {
                areas.add(ImprovementArea.valueOf(code));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("Not a return: unknown improvement area '" + code
                        + "' in 'improvementAreas' (expected C1 to C9)", e);
            }
        }
        return areas;
    }

    private static List<KpiValue> kpiValues(JsonNode root) {
        List<KpiValue> values = new ArrayList<>();
        if (optional(root, "kpiValues") == null) {
            return values;
        }
        int i = 0;
        for (JsonNode item : array(root, "kpiValues")) {
            i++;
            String where = " of KPI value " + i;
            if (!item.isObject()) {
                throw new IllegalArgumentException("Not a return: KPI value " + i + " must be an object");
            }
            onlyKnownFields(item, KPI_VALUE_FIELDS, "KPI value " + i);
            BigDecimal value = optionalDecimal(item, "value", where);
            if (value == null) {
                throw new IllegalArgumentException("Not a return: missing field 'value'" + where);
            }
            values.add(new KpiValue(text(item, "kpiId", where), value));
        }
        return values;
    }

    private static ReturnFinance finance(JsonNode root) {
        JsonNode node = optional(root, "finance");
        if (node == null) {
            return ReturnFinance.NONE;
        }
        if (!node.isObject()) {
            throw new IllegalArgumentException("Not a return: field 'finance' must be an object");
        }
        onlyKnownFields(node, FINANCE_FIELDS, "'finance'");
        String where = " of 'finance'";
        SafetyValveImpact impact = null;
        if (optional(node, "safetyValveImpact") != null) {
            String value = text(node, "safetyValveImpact", where);
            try {
                impact = SafetyValveImpact.valueOf(value);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("Not a return: field 'safetyValveImpact'" + where
                        + " must be NONE, LOW, MEDIUM or HIGH: " + value, e);
            }
        }
        JsonNode assured = optional(node, "financeAssured");
        if (assured != null && !assured.isBoolean()) {
            throw new IllegalArgumentException("Not a return: field 'financeAssured'" + where + " must be true or false");
        }
        return new ReturnFinance(optionalDecimal(node, "shortTermSavings", where), optionalDecimal(node, "longTermSavings", where),
                optionalDecimal(node, "costToDeliver", where), impact, assured != null && assured.booleanValue());
    }

    /** For tests and documentation: the top-level field order of the canonical form. */
    public static List<String> fieldOrder() {
        return FIELDS;
    }
}
