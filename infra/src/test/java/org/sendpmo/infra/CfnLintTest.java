package org.sendpmo.infra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** The synthesised template passes cfn-lint with no error, warning or informational finding. */
class CfnLintTest {
    @Test
    void theTemplateIsClean() {
        Optional<Path> cfnLint = CfnLint.find();
        // said, not silent: a machine without cfn-lint (pip install cfn-lint) reports this test skipped
        assumeTrue(cfnLint.isPresent(), "cfn-lint is not on PATH, so the template was not linted (pip install cfn-lint)");
        long start = System.nanoTime();
        CfnLint.Result result = CfnLint.run(cfnLint.get(), Synthesised.stack().templateFile);
        System.out.println("infra: cfn-lint took " + (System.nanoTime() - start) / 1_000_000 + " ms");
        assertEquals(0, result.exitCode(), result.output());
    }
}
