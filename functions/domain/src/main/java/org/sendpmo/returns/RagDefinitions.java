package org.sendpmo.returns;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.sendpmo.risk.InvalidSettingsException;

/**
 * What Red, Amber and Green mean when a project lead reports the overall RAG status, as the pack states
 * it. The sources name the RAG status without defining it (domain-facts §5, §8.2), so the definitions
 * are configuration ({@code rag.definitions}), versioned with the rest of the methodology.
 */
public record RagDefinitions(Map<Rag, String> definitions) {

    public static final String DEFINITIONS = "rag.definitions";

    public RagDefinitions {
        EnumMap<Rag, String> copy = new EnumMap<>(Rag.class);
        if (definitions != null) {
            copy.putAll(definitions);
        }
        List<Problem> problems = new ArrayList<>();
        for (Rag rag : Rag.values()) {
            String text = copy.get(rag);
            if (text == null || text.isBlank()) {
                problems.add(new Problem(DEFINITIONS + "." + rag.name(), text == null ? "" : text,
                        "Write the definition of " + rag.label() + " to show in the pack"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidSettingsException(problems);
        }
        definitions = Collections.unmodifiableMap(copy);
    }

    public String definition(Rag rag) {
        return definitions.get(rag);
    }
}
