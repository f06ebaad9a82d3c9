package org.sendpmo.adapters.jdbc;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.inject.Singleton;
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
 * field by field with a Jackson tree (not bean mapping) so the stored shape is fixed here and the domain
 * records need no annotations. Decimals are written as text so that they read back with their scale, and
 * an entry read back equals the one written (the register compares them to decide whether it changed).
 */
@Singleton
public class RiskEntryJson {

    static final String SCHEMA = "risk-entry/1";

    private final ObjectMapper mapper = JsonMapper.builder().build();

    public String encode(RiskEntry e) {
        ObjectNode root = mapper.createObjectNode();
        root.put("schema", SCHEMA);
        root.put("id", e.id());
        root.put("type", e.type().name());
        root.put("title", e.title());
        root.put("description", e.description());
        root.put("category", e.category().name());
        root.put("owner", e.owner());
        ArrayNode projects = root.putArray("projectIds");
        e.projectIds().forEach(projects::add);
        ArrayNode areas = root.putArray("improvementAreas");
        e.improvementAreas().forEach(a -> areas.add(a.name()));
        score(root.putObject("inherent"), e.inherent());
        score(root.putObject("current"), e.current());
        score(root.putObject("target"), e.target());
        ArrayNode controls = root.putArray("controls");
        for (Control c : e.controls()) {
            controls.addObject().put("description", c.description()).put("effectiveness", c.effectiveness().name());
        }
        ArrayNode actions = root.putArray("actions");
        for (MitigatingAction a : e.actions()) {
            actions.addObject().put("description", a.description()).put("owner", a.owner())
                    .put("dueDate", a.dueDate().toString()).put("status", a.status().name());
        }
        ArrayNode kris = root.putArray("kris");
        for (Kri k : e.kris()) {
            ObjectNode n = kris.addObject().put("name", k.name()).put("polarity", k.polarity().name())
                    .put("amber", k.amber().toString()).put("red", k.red().toString());
            if (k.latest() != null) {
                n.putObject("latest").put("value", k.latest().value().toString()).put("month", k.latest().month().toString());
            } else {
                n.putNull("latest");
            }
        }
        root.put("escalation", e.escalation().name());
        root.put("lastReviewed", e.lastReviewed().toString());
        root.put("status", e.status().name());
        try {
            return mapper.writeValueAsString(root);
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException("could not write register entry " + e.id() + " as JSON", ex);
        }
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

    private static void score(ObjectNode node, RiskScore s) {
        node.put("likelihood", s.likelihood()).put("impact", s.impact());
    }

    private static RiskScore score(JsonNode node) {
        return new RiskScore(node.get("likelihood").asInt(), node.get("impact").asInt());
    }
}
