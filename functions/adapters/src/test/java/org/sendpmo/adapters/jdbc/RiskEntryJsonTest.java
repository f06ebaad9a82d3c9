package org.sendpmo.adapters.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
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

/** Stored register entries keep their exact text: the generator writes what the tree of nodes wrote, and reads back equal. */
class RiskEntryJsonTest {

    private static final String[] TEXT = {"Head of SEND", "", "\"quoted\"", "back\\slash", "line\nbreak\ttab", "é—“”", "😀 emoji",
        "\u0001 control", "</script>", "  spaced  ", "\u2028"};

    private final RiskEntryJson json = new RiskEntryJson();

    @Test
    void theGeneratorWritesWhatTheTreeWroteAndTheEntryReadsBackEqual() {
        Random random = new Random(5);
        for (int i = 0; i < 2_000; i++) {
            RiskEntry e = entry(random);
            String written = json.encode(e);
            assertEquals(Reference.encode(e), written);
            assertEquals(e, json.decode(written));
        }
    }

    private static String text(Random random) {
        return TEXT[random.nextInt(TEXT.length)] + TEXT[random.nextInt(TEXT.length)];
    }

    private static String required(Random random) {
        String t = text(random);
        return t.isBlank() ? "x" + t : t;
    }

    private static RiskEntry entry(Random random) {
        List<String> projects = new ArrayList<>();
        for (int n = random.nextInt(3); n > 0; n--) {
            projects.add("P0" + random.nextInt(10));
        }
        Set<ImprovementArea> areas = EnumSet.noneOf(ImprovementArea.class);
        for (int n = random.nextInt(4); n > 0; n--) {
            areas.add(ImprovementArea.values()[random.nextInt(ImprovementArea.values().length)]);
        }
        List<Control> controls = new ArrayList<>();
        for (int n = random.nextInt(3); n > 0; n--) {
            controls.add(new Control(required(random), Control.Effectiveness.values()[random.nextInt(3)]));
        }
        List<MitigatingAction> actions = new ArrayList<>();
        for (int n = random.nextInt(3); n > 0; n--) {
            actions.add(new MitigatingAction(required(random), required(random), LocalDate.ofEpochDay(19_000 + random.nextInt(3_000)),
                    ActionStatus.values()[random.nextInt(ActionStatus.values().length)]));
        }
        List<Kri> kris = new ArrayList<>();
        for (int n = random.nextInt(3); n > 0; n--) {
            BigDecimal amber = BigDecimal.valueOf(random.nextInt(1000), random.nextInt(4));
            kris.add(new Kri(required(random), KriPolarity.HIGHER_IS_WORSE, amber, amber.add(BigDecimal.ONE),
                    random.nextBoolean() ? null : new KriReading(new BigDecimal("12.250"), YearMonth.of(2026, 1 + random.nextInt(12)))));
        }
        return new RiskEntry("R" + random.nextInt(1000), EntryType.values()[random.nextInt(EntryType.values().length)], required(random),
                text(random), RiskCategory.values()[random.nextInt(RiskCategory.values().length)], required(random), projects, areas,
                new RiskScore(1 + random.nextInt(5), 1 + random.nextInt(5)), new RiskScore(3, 3), new RiskScore(1, 2),
                controls, actions, kris, EscalationStatus.values()[random.nextInt(EscalationStatus.values().length)],
                LocalDate.of(2026, 3, 25), EntryStatus.values()[random.nextInt(EntryStatus.values().length)]);
    }

    /** How RiskEntryJson wrote an entry before: a Jackson tree, serialised by the ObjectMapper. */
    private static final class Reference {
        private static final ObjectMapper MAPPER = JsonMapper.builder().build();

        static String encode(RiskEntry e) {
            ObjectNode root = MAPPER.createObjectNode();
            root.put("schema", RiskEntryJson.SCHEMA);
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
                return MAPPER.writeValueAsString(root);
            } catch (com.fasterxml.jackson.core.JsonProcessingException ex) {
                throw new IllegalStateException(ex);
            }
        }

        private static void score(ObjectNode node, RiskScore s) {
            node.put("likelihood", s.likelihood()).put("impact", s.impact());
        }
    }
}
