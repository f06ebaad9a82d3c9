package org.sendpmo.pack;

import java.lang.reflect.RecordComponent;
import java.util.Collections;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.sendpmo.scoring.Methodology;

/**
 * The SHA-256 of each set of inputs a build read ({@link CanonicalJson}): the cycle, the projects, the
 * returns in force and the returns of the carry-forward window, the risk register, the KPI definitions and
 * values, the assessed ratings, the previous cycle as it was shown; and the configured site names and
 * scoring rules. Every component of {@link PackAssembler.Inputs} is taken, so an input added there is
 * recorded without a change here; the build's own id and time are not inputs.
 */
public final class InputDigests {

    /** Components of the inputs that name the build rather than what it was built from. */
    private static final Set<String> NOT_INPUTS = Set.of("buildId", "generatedAt");

    private InputDigests() {
    }

    public static SortedMap<String, String> of(PackAssembler.Inputs inputs, SiteInfo site, Methodology methodology) {
        SortedMap<String, String> digests = new TreeMap<>();
        for (RecordComponent component : PackAssembler.Inputs.class.getRecordComponents()) {
            if (!NOT_INPUTS.contains(component.getName())) {
                digests.put(component.getName(), CanonicalJson.sha256(CanonicalJson.read(inputs, component.getAccessor())));
            }
        }
        digests.put("site", CanonicalJson.sha256(site));
        digests.put("methodology", CanonicalJson.sha256(methodology));
        return Collections.unmodifiableSortedMap(digests);
    }
}
