package org.sendpmo.adapters.s3;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Properties;

/** Settings for {@link LocalS3Server}; {@link #start()} launches it. */
public final class LocalS3ServerBuilder {
    private final Path dataDirectory;
    private int port;
    private String identity = "local-identity";
    private String credential = "local-credential";
    private List<String> buckets = List.of();
    private Path jar;
    private Path jarDirectory;
    private Path logFile;
    private List<String> corsOrigins = List.of();

    LocalS3ServerBuilder(Path dataDirectory) {
        this.dataDirectory = dataDirectory.toAbsolutePath().normalize();
    }

    /** 0 (the default) picks a free port. */
    public LocalS3ServerBuilder port(int port) {
        this.port = port;
        return this;
    }

    public LocalS3ServerBuilder credentials(String identity, String credential) {
        this.identity = identity;
        this.credential = credential;
        return this;
    }

    public LocalS3ServerBuilder buckets(String... buckets) {
        this.buckets = List.of(buckets);
        return this;
    }

    public LocalS3ServerBuilder jar(Path jar) {
        this.jar = jar;
        return this;
    }

    /** Where to look for {@code s3proxy.jar} when the system property is not set. */
    public LocalS3ServerBuilder jarDirectory(Path jarDirectory) {
        this.jarDirectory = jarDirectory;
        return this;
    }

    /** Server output (default: {@code s3proxy.log} beside the data folder). */
    public LocalS3ServerBuilder logFile(Path logFile) {
        this.logFile = logFile;
        return this;
    }

    /**
     * Web origins (regular expressions, as S3Proxy takes them) whose pages may PUT to the server with
     * a presigned URL: the local run's own pages. None by default: no browser may.
     */
    public LocalS3ServerBuilder corsOrigins(String... originPatterns) {
        this.corsOrigins = List.of(originPatterns);
        return this;
    }

    /** Starts the server, waits until it answers, and creates the buckets that are missing. */
    public LocalS3Server start() {
        Path jarPath = jar != null ? jar : LocalS3Server.findJar(jarDirectory);
        int chosen = port > 0 ? port : LocalS3Server.freePort();
        Path log = logFile != null ? logFile : dataDirectory.resolveSibling(dataDirectory.getFileName() + "-s3proxy.log");
        Path props;
        Process process;
        try {
            Files.createDirectories(dataDirectory);
            Files.createDirectories(log.toAbsolutePath().getParent());
            props = writeProperties(chosen);
            String java = Paths.get(System.getProperty("java.home"), "bin", "java").toString();
            // Small, quick-starting JVM: the server holds little and runs on two cores.
            process = new ProcessBuilder(java, "-Xmx256m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                    "-jar", jarPath.toString(), "--properties", props.toString())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start S3Proxy from " + jarPath, e);
        }
        LocalS3Server server = new LocalS3Server(process, chosen, identity, credential, dataDirectory, log, props);
        try {
            server.awaitReady();
            server.createBuckets(buckets);
        } catch (RuntimeException e) {
            server.close();
            throw e;
        }
        return server;
    }

    private Path writeProperties(int chosenPort) throws IOException {
        Properties p = new Properties();
        p.setProperty("s3proxy.endpoint", "http://127.0.0.1:" + chosenPort);
        p.setProperty("s3proxy.authorization", "aws-v2-or-v4");
        p.setProperty("s3proxy.identity", identity);
        p.setProperty("s3proxy.credential", credential);
        p.setProperty("jclouds.provider", "filesystem-nio2");
        p.setProperty("jclouds.filesystem.basedir", dataDirectory.toString());
        if (!corsOrigins.isEmpty()) {
            // what the upload page's script sends with its presigned PUT (see upload.js)
            p.setProperty("s3proxy.cors-allow-origins", String.join(" ", corsOrigins));
            p.setProperty("s3proxy.cors-allow-methods", "PUT");
            p.setProperty("s3proxy.cors-allow-headers",
                    "Content-Type If-None-Match x-amz-meta-file-name x-amz-meta-received-at");
            p.setProperty("s3proxy.cors-exposed-headers", "ETag");
        }
        Path file = Files.createTempFile("s3proxy-", ".properties");
        try (OutputStream out = Files.newOutputStream(file)) {
            p.store(out, "written by LocalS3Server");
        }
        return file;
    }
}
