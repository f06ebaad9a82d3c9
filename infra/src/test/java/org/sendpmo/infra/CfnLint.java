package org.sendpmo.infra;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** Runs cfn-lint (AWS's CloudFormation linter, from PyPI) on a template, if it is on PATH. */
final class CfnLint {
    record Result(int exitCode, String output) {
    }

    private CfnLint() {
    }

    static Optional<Path> find() {
        String path = System.getenv().getOrDefault("PATH", "");
        for (String dir : path.split(File.pathSeparator)) {
            Path candidate = Path.of(dir, "cfn-lint");
            if (Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** Exit code 0 means no error, warning or informational finding (cfn-lint ORs 2, 4 and 8 together). */
    static Result run(Path cfnLint, Path template) {
        try {
            Process p = new ProcessBuilder(cfnLint.toString(),
                    // W3005: CDK gives each function an explicit DependsOn on its role as well as the GetAtt,
                    // so that the role's policy exists before the function; redundant, not wrong
                    "--ignore-checks", "W3005", "--", template.toString()).redirectErrorStream(true).start();
            byte[] out = p.getInputStream().readAllBytes();
            if (!p.waitFor(5, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                throw new AssertionError("cfn-lint did not finish in 5 minutes");
            }
            return new Result(p.exitValue(), new String(out, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new AssertionError("could not run " + cfnLint, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }
}
