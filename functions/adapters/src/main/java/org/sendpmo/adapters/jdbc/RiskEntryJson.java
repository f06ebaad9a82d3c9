package org.sendpmo.adapters.jdbc;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.sendpmo.project.ImprovementArea;
import org.sendpmo.risk.ActionStatus;
import org.sendpmo.risk.Control;
import org.sendpmo.risk.EntryStatus;
import org.sendpmo.risk.EntryType;
import org.sendpmo.risk.EscalationStatus;
import org.sendpmo.risk.Kri;
import org.sendpmo.risk.KriPolarity;
import org.sendpmo.risk.KriReading;
import org.sendpmo.risk.MitigatingAction;
import org.sendpmo.risk.RiskCategory;
import org.sendpmo.risk.RiskEntry;
import org.sendpmo.risk.RiskScore;

/**
 * A register entry as JSON, schema {@code risk-entry/1}, for {@code risk_entry_version.content}. Written
 * field by field with a Jackson generator (not bean mapping) so the stored shape is fixed here and the domain
 * records need no annotations. Decimals are written as text so that they read back with their scale, and
 * an entry read back equals the one written (the register compares them to decide whether it changed).
 */
@Singleton
public class RiskEntryJson {

    static final String SCHEMA = "risk-entry/1";

    private final ObjectMapper mapper = JsonMapper.builder().build();

    /**
     * The entry as JSON, written straight to a generator, field by field in a fixed order: the same text a
     * tree of nodes would give, without building one per entry (a 10,000-row upload writes 10,000).
     */
    public String encode(RiskEntry e) {
        StringWriter out = new StringWriter(1024);
        try (JsonGenerator g = mapper.getFactory().createGenerator(out)) {
            g.writeStartObject();
            g.writeStringField("schema", SCHEMA);
            g.writeStringField("id", e.id());
            g.writeStringField("type", e.type().name());
            g.writeStringField("title", e.title());
            g.writeStringField("description", e.description());
            g.writeStringField("category", e.category().name());
            g.writeStringField("owner", e.owner());
            g.writeArrayFieldStart("projectIds");
            for (String p : e.projectIds()) {
                g.writeString(p);
            }
            g.writeEndArray();
            g.writeArrayFieldStart("improvementAreas");
            for (ImprovementArea a : e.improvementAreas()) {
                g.writeString(a.name());
            }
            g.writeEndArray();
            score(g, "inherent", e.inherent());
            score(g, "current", e.current());
            score(g, "target", e.target());
            g.writeArrayFieldStart("controls");
            for (Control c : e.controls()) {
                g.writeStartObject();
                g.writeStringField("description", c.description());
                g.writeStringField("effectiveness", c.effectiveness().name());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("actions");
            for (MitigatingAction a : e.actions()) {
                g.writeStartObject();
                g.writeStringField("description", a.description());
                g.writeStringField("owner", a.owner());
                g.writeStringField("dueDate", a.dueDate().toString());
                g.writeStringField("status", a.status().name());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("kris");
            for (Kri k : e.kris()) {
                g.writeStartObject();
                g.writeStringField("name", k.name());
                g.writeStringField("polarity", k.polarity().name());
                g.writeStringField("amber", k.amber().toString());
                g.writeStringField("red", k.red().toString());
                if (k.latest() != null) {
                    g.writeObjectFieldStart("latest");
                    g.writeStringField("value", k.latest().value().toString());
                    g.writeStringField("month", k.latest().month().toString());
                    g.writeEndObject();
                } else {
                    g.writeNullField("latest");
                }
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeStringField("escalation", e.escalation().name());
            g.writeStringField("lastReviewed", e.lastReviewed().toString());
            g.writeStringField("status", e.status().name());
            g.writeEndObject();
        } catch (IOException ex) {
            throw new IllegalStateException("could not write register entry " + e.id() + " as JSON", ex);
        }
        return out.toString();
    }

    private static void score(JsonGenerator g, String name, RiskScore s) throws IOException {
        g.writeObjectFieldStart(name);
        g.writeNumberField("likelihood", s.likelihood());
        g.writeNumberField("impact", s.impact());
        g.writeEndObject();
    }

    public RiskEntry decode(String text) {
        JsonNode n;
        try {
            n = mapper.readTree(text);
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException("stored register entry is not JSON: " + ex.getOriginalMessage(), ex);
        }
        if (!SCHEMA.equals(n.path("schema").asText())) {
            throw new IllegalStateException("stored register entry has schema '" + n.path("schema").asText()
                    + "', expected " + SCHEMA);
        }
        List<String> projectIds = new ArrayList<>();
        n.get("projectIds").forEach(p -> projectIds.add(p.asText()));
        Set<ImprovementArea> areas = EnumSet.noneOf(ImprovementArea.class);
        n.get("improvementAreas").forEach(a -> areas.add(ImprovementArea.valueOf(a.asText())));
        List<Control> controls = new ArrayList<>();
        n.get("controls").forEach(c -> controls.add(new Control(c.get("description").asText(),
                Control.Effectiveness.valueOf(c.get("effectiveness").asText()))));
        List<MitigatingAction> actions = new ArrayList<>();
        n.get("actions").forEach(a -> actions.add(new MitigatingAction(a.get("description").asText(), a.get("owner").asText(),
                LocalDate.parse(a.get("dueDate").asText()), ActionStatus.valueOf(a.get("status").asText()))));
        List<Kri> kris = new ArrayList<>();
        n.get("kris").forEach(k -> {
            JsonNode latest = k.get("latest");
            kris.add(new Kri(k.get("name").asText(), KriPolarity.valueOf(k.get("polarity").asText()),
                    new BigDecimal(k.get("amber").asText()), new BigDecimal(k.get("red").asText()),
                    latest == null || latest.isNull() ? null
                            : new KriReading(new BigDecimal(latest.get("value").asText()), YearMonth.parse(latest.get("month").asText()))));
        });
        return new RiskEntry(n.get("id").asText(), EntryType.valueOf(n.get("type").asText()), n.get("title").asText(),
                n.get("description").asText(), RiskCategory.valueOf(n.get("category").asText()), n.get("owner").asText(),
                projectIds, areas, score(n.get("inherent")), score(n.get("current")), score(n.get("target")),
                controls, actions, kris, EscalationStatus.valueOf(n.get("escalation").asText()),
                LocalDate.parse(n.get("lastReviewed").asText()), EntryStatus.valueOf(n.get("status").asText()));
    }

    private static RiskScore score(JsonNode node) {
        return new RiskScore(node.get("likelihood").asInt(), node.get("impact").asInt());
    }
}
