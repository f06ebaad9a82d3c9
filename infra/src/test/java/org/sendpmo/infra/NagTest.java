package org.sendpmo.infra;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/** cdk-nag's AWS Solutions checks: every finding is either fixed or suppressed in NagFindings with its reason. */
class NagTest {
    @Test
    void noUnexplainedFinding() {
        Synthesised s = Synthesised.stack();
        System.out.println("infra: synthesised with cdk-nag in " + s.millis + " ms");
        List<String> findings = s.unexplainedFindings();
        assertEquals(List.of(), findings, String.join("\n", findings));
    }
}
