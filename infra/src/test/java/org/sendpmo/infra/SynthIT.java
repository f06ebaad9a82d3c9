package org.sendpmo.infra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/**
 * The verify phase ({@code ./mvnw verify}): the stack synthesised offline from the real shaded jars the
 * function modules built in their package phase, then cdk-nag and cfn-lint on it. Paths come from the
 * pom (infra.*.jar properties).
 */
class SynthIT {
    @Test
    void theRealJarsSynthesiseCleanly() {
        String api = jar("infra.api.jar");
        String ingest = jar("infra.ingest.jar");
        String packBuilder = jar("infra.pack-builder.jar");
        Synthesised s = Synthesised.of(InfraConfig.defaults(api, ingest, packBuilder), "real-jars");
        System.out.println("infra: synthesised the real jars with cdk-nag in " + s.millis + " ms: " + s.templateFile);
        List<String> findings = s.unexplainedFindings();
        assertEquals(List.of(), findings, String.join("\n", findings));

        Optional<Path> cfnLint = CfnLint.find();
        if (cfnLint.isEmpty()) {
            System.out.println("infra: cfn-lint is not on PATH, so the template was not linted (pip install cfn-lint)");
            return;
        }
        CfnLint.Result result = CfnLint.run(cfnLint.get(), s.templateFile);
        assertEquals(0, result.exitCode(), result.output());
    }

    private static String jar(String property) {
        String path = System.getProperty(property);
        assertTrue(path != null && Files.isRegularFile(Path.of(path)),
                property + " (" + path + ") is not a file: build the functions first (./mvnw verify builds them in order)");
        return path;
    }
}
