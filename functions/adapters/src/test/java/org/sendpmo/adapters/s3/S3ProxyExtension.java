package org.sendpmo.adapters.s3;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * A real S3Proxy on loopback for one test class, shared through the adapters test-jar.
 *
 * <pre>
 * &#64;RegisterExtension
 * static final S3ProxyExtension S3 = new S3ProxyExtension();
 * </pre>
 *
 * The server starts on first use, not in {@code beforeAll}, so that a Micronaut test's
 * {@code TestPropertyProvider#getProperties} (which runs before registered extensions) can ask for
 * {@link #micronautProperties()}. It is stopped, and its folder deleted, after the class.
 * The jar comes from the {@code s3proxy.jar} system property that surefire sets (see the root pom),
 * or {@code target/s3proxy.jar} when a test is run from an IDE after a Maven build.
 */
public final class S3ProxyExtension implements AfterAllCallback {

    public static final String RAW_BUCKET = "test-raw";
    public static final String SITE_BUCKET = "test-site";

    private final boolean browserPuts;
    private Path directory;
    private LocalS3Server server;
    private S3Client client;

    public S3ProxyExtension() {
        this(false);
    }

    private S3ProxyExtension(boolean browserPuts) {
        this.browserPuts = browserPuts;
    }

    /** A server that pages on loopback (any port) may PUT to with presigned URLs, as the upload page does. */
    public static S3ProxyExtension allowingBrowserPuts() {
        return new S3ProxyExtension(true);
    }

    public synchronized LocalS3Server server() {
        if (server == null) {
            try {
                directory = Files.createTempDirectory("s3proxy-test-");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            server = LocalS3Server.builder(directory.resolve("data"))
                    .logFile(directory.resolve("s3proxy.log"))
                    .jarDirectory(Paths.get("target"))
                    .buckets(RAW_BUCKET, SITE_BUCKET)
                    .corsOrigins(browserPuts ? new String[] {"http://localhost:\\d+", "http://127\\.0\\.0\\.1:\\d+"} : new String[0])
                    .start();
        }
        return server;
    }

    /** A client for the server (Apache HTTP client, path-style), closed after the class. */
    public synchronized S3Client client() {
        if (client == null) {
            client = server().newClient();
        }
        return client;
    }

    public StorageProperties properties() {
        return server().storageProperties(RAW_BUCKET, SITE_BUCKET);
    }

    /** {@code assurance.storage.*} for a Micronaut context that should use this server. */
    public Map<String, String> micronautProperties() {
        LocalS3Server s = server();
        return Map.of(
                "assurance.storage.region", LocalS3Server.REGION,
                "assurance.storage.endpoint", s.endpoint().toString(),
                "assurance.storage.path-style", "true",
                "assurance.storage.access-key", s.identity(),
                "assurance.storage.secret-key", s.credential(),
                "assurance.storage.raw-bucket", RAW_BUCKET,
                "assurance.storage.site-bucket", SITE_BUCKET);
    }

    @Override
    public synchronized void afterAll(ExtensionContext context) {
        if (client != null) {
            client.close();
            client = null;
        }
        if (server != null) {
            server.close();
            server = null;
        }
        if (directory != null) {
            deleteTree(directory);
            directory = null;
        }
    }

    static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
