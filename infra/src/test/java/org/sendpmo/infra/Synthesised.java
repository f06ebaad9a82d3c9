package org.sendpmo.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.jar.JarOutputStream;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.github.cdklabs.cdknag.AwsSolutionsChecks;
import io.github.cdklabs.cdknag.NagPackProps;
import software.amazon.awscdk.App;
import software.amazon.awscdk.Aspects;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.assertions.Template;
import software.amazon.awscdk.cxapi.CloudFormationStackArtifact;
import software.amazon.awscdk.cxapi.SynthesisMessage;
import software.amazon.awscdk.cxapi.SynthesisMessageLevel;

/**
 * The stack synthesised once per test JVM (jsii starts a node process, and a synthesis takes seconds),
 * with cdk-nag's checks applied, from small jars made here: the shaded jars are built in the package
 * phase, after the tests, so the tests never depend on them and never skip. {@code SynthIT} synthesises
 * the real jars in the verify phase.
 */
final class Synthesised {
    final InfraConfig config;
    final Path templateFile;
    final Template template;
    final Map<String, Object> json;
    final List<SynthesisMessage> messages;
    final long millis;

    /** Surefire and failsafe run in the module's directory. */
    private static final Path TARGET = Path.of("target");

    private static Synthesised shared;

    /** The default configuration, with an alarm email so that the subscription is exercised too. */
    static synchronized Synthesised stack() {
        if (shared == null) {
            Path jars = temporaryJars();
            InfraConfig defaults = InfraConfig.defaults(jar(jars, "api"), jar(jars, "ingest"), jar(jars, "pack-builder"));
            shared = of(InfraConfig.fromContext(defaults.apiJar(), defaults.ingestJar(), defaults.packBuilderJar(),
                    name -> "alarmEmail".equals(name) ? "alarms@example.org" : null), "default");
        }
        return shared;
    }

    /** Synthesises into target/cdk.out-{name} (replaced each run: the real jars' assets are 190 MB). */
    static Synthesised of(InfraConfig config, String name) {
        long start = System.nanoTime();
        try {
            Path out = emptied(TARGET.resolve("cdk.out-" + name));
            App app = App.Builder.create().outdir(out.toString()).build();
            AssuranceStack stack = new AssuranceStack(app, "SendAssurance", StackProps.builder().build(), config);
            Aspects.of(app).add(new AwsSolutionsChecks(NagPackProps.builder().verbose(true).build()));
            CloudFormationStackArtifact artifact = app.synth().getStackByName(stack.getStackName());
            Path file = Path.of(artifact.getTemplateFullPath());
            @SuppressWarnings("unchecked")
            Map<String, Object> json = new ObjectMapper().readValue(file.toFile(), Map.class);
            return new Synthesised(config, file, json, artifact.getMessages(), (System.nanoTime() - start) / 1_000_000);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Synthesised(InfraConfig config, Path templateFile, Map<String, Object> json, List<SynthesisMessage> messages, long millis) {
        this.config = config;
        this.templateFile = templateFile;
        this.json = json;
        this.template = Template.fromJSON(json);
        this.messages = messages;
        this.millis = millis;
    }

    /** cdk-nag's errors and warnings (and CDK's own) that no suppression explains, one line each. */
    List<String> unexplainedFindings() {
        return messages.stream()
                .filter(m -> m.getLevel() == SynthesisMessageLevel.ERROR || m.getLevel() == SynthesisMessageLevel.WARNING)
                .map(m -> m.getLevel() + " " + m.getId() + ": " + m.getEntry().getData())
                .collect(Collectors.toList());
    }

    private static Path temporaryJars() {
        return emptied(TARGET.resolve("stand-in-jars"));
    }

    private static Path emptied(Path dir) {
        try {
            if (Files.exists(dir)) {
                try (Stream<Path> files = Files.walk(dir)) {
                    for (Path p : files.sorted(Comparator.reverseOrder()).collect(Collectors.toList())) {
                        Files.delete(p);
                    }
                }
            }
            return Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A one-entry jar per function, different in content so that each is its own asset. */
    private static String jar(Path dir, String name) {
        Path jar = dir.resolve(name + "-lambda.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            out.putNextEntry(new ZipEntry("stand-in.txt"));
            out.write(("stand-in for the " + name + " function's shaded jar").getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return jar.toString();
    }
}
