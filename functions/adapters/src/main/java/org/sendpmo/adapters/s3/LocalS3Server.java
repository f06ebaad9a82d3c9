package org.sendpmo.adapters.s3;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.BucketAlreadyOwnedByYouException;
import software.amazon.awssdk.services.s3.model.NoSuchBucketException;

/**
 * An S3-compatible server for a laptop or a test: S3Proxy 4.1.0 run as a child process on 127.0.0.1,
 * with the {@code filesystem-nio2} backend, so objects are plain files under a folder and survive a
 * restart. That backend honours {@code If-None-Match: *} on PUT (412 when the key exists) and keeps
 * user metadata across restarts (checked by {@code LocalS3ServerTest}); it has no versioning.
 *
 * <p>The jar ({@code org.gaul:s3proxy:4.1.0:jar-with-dependencies}) is found from the system property
 * {@code s3proxy.jar}, else as {@code s3proxy.jar} in (or next to) {@link LocalS3ServerBuilder#jarDirectory}.
 * {@link #close()} ends the process and its descendants; a shutdown hook does the same if the JVM
 * exits first, so no server is left behind.
 */
public final class LocalS3Server implements AutoCloseable {

    public static final String JAR_PROPERTY = "s3proxy.jar";
    public static final String JAR_NAME = "s3proxy.jar";
    /** Region the SDK signs for; S3Proxy accepts any. */
    public static final String REGION = "us-east-1";

    static final Duration START_TIMEOUT = Duration.ofSeconds(60);

    private final Process process;
    private final int port;
    private final String identity;
    private final String credential;
    private final Path dataDirectory;
    private final Path logFile;
    private final Path propertiesFile;
    private final Thread shutdownHook;

    LocalS3Server(Process process, int port, String identity, String credential, Path dataDirectory, Path logFile,
                  Path propertiesFile) {
        this.process = process;
        this.port = port;
        this.identity = identity;
        this.credential = credential;
        this.dataDirectory = dataDirectory;
        this.logFile = logFile;
        this.propertiesFile = propertiesFile;
        this.shutdownHook = new Thread(() -> {
            stopProcess();
            deleteProperties();
        }, "s3proxy-shutdown");
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    public static LocalS3ServerBuilder builder(Path dataDirectory) {
        return new LocalS3ServerBuilder(dataDirectory);
    }

    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + port);
    }

    public int port() {
        return port;
    }

    public String identity() {
        return identity;
    }

    public String credential() {
        return credential;
    }

    public Path dataDirectory() {
        return dataDirectory;
    }

    public Path logFile() {
        return logFile;
    }

    /** The child process id (for checks that nothing is left running). */
    public long pid() {
        return process.pid();
    }

    public boolean isRunning() {
        return process.isAlive();
    }

    /** Storage settings that point an {@link S3Client} (and the adapters) at this server. */
    public StorageProperties storageProperties(String rawBucket, String siteBucket) {
        StorageProperties p = new StorageProperties();
        p.setRegion(REGION);
        p.setEndpoint(endpoint());
        p.setPathStyle(true);
        p.setAccessKey(identity);
        p.setSecretKey(credential);
        p.setRawBucket(rawBucket);
        p.setSiteBucket(siteBucket);
        return p;
    }

    /** A new client for this server; the caller closes it. */
    public S3Client newClient() {
        return S3ClientFactory.create(storageProperties(null, null));
    }

    /** Creates each bucket that does not exist yet. */
    public void createBuckets(List<String> buckets) {
        if (buckets.isEmpty()) {
            return;
        }
        try (S3Client s3 = newClient()) {
            for (String bucket : buckets) {
                try {
                    s3.headBucket(r -> r.bucket(bucket));
                } catch (NoSuchBucketException e) {
                    try {
                        s3.createBucket(r -> r.bucket(bucket));
                    } catch (BucketAlreadyOwnedByYouException raced) {
                        // created meanwhile: fine
                    }
                }
            }
        }
    }

    @Override
    public void close() {
        stopProcess();
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException e) {
            // the JVM is already shutting down; the hook runs (or ran) stopProcess itself
        }
        deleteProperties();
    }

    private void deleteProperties() {
        try {
            Files.deleteIfExists(propertiesFile);
        } catch (IOException e) {
            // a temporary file; nothing to do
        }
    }

    private void stopProcess() {
        // Descendants first: S3Proxy starts none today, but a wrapper script would.
        List<ProcessHandle> descendants = process.descendants().toList();
        descendants.forEach(ProcessHandle::destroy);
        process.destroy();
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        descendants.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
    }

    /** Finds the S3Proxy jar: the system property, else {@code s3proxy.jar} in or beside the directory. */
    public static Path findJar(Path jarDirectory) {
        List<Path> tried = new ArrayList<>();
        String property = System.getProperty(JAR_PROPERTY);
        if (property != null && !property.isBlank()) {
            Path p = Paths.get(property);
            if (Files.isRegularFile(p)) {
                return p;
            }
            tried.add(p);
        }
        if (jarDirectory != null) {
            Path dir = jarDirectory.toAbsolutePath();
            for (Path p : new Path[] {dir.resolve(JAR_NAME), dir.resolveSibling(JAR_NAME)}) {
                if (Files.isRegularFile(p)) {
                    return p;
                }
                tried.add(p);
            }
        }
        throw new IllegalStateException("S3Proxy jar not found (tried " + tried + "). Set -D" + JAR_PROPERTY
                + "=/path/to/s3proxy-4.1.0-jar-with-dependencies.jar, or run the build, which copies it to target/"
                + JAR_NAME + ".");
    }

    /** A port that was free a moment ago on 127.0.0.1. */
    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port on 127.0.0.1", e);
        }
    }

    /** Polls until the server answers HTTP at all (403 without a signature is an answer). */
    void awaitReady() {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("S3Proxy exited with " + process.exitValue() + " before answering on port "
                        + port + "; its log:\n" + logTail());
            }
            try {
                HttpURLConnection c = (HttpURLConnection) endpoint().toURL().openConnection();
                c.setConnectTimeout(500);
                c.setReadTimeout(2000);
                int status = c.getResponseCode();
                c.disconnect();
                if (status > 0) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for S3Proxy", e);
            }
        }
        throw new IllegalStateException("S3Proxy did not answer on port " + port + " within " + START_TIMEOUT.toSeconds()
                + " s; its log:\n" + logTail());
    }

    private String logTail() {
        try {
            List<String> lines = Files.readAllLines(logFile, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
        } catch (IOException | UncheckedIOException e) {
            return "(no log at " + logFile + ")";
        }
    }
}
