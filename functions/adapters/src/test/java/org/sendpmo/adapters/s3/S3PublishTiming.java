package org.sendpmo.adapters.s3;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.sendpmo.pack.BuildManifest;
import org.sendpmo.pack.PublishPlan;
import org.sendpmo.pack.PublishReport;
import org.sendpmo.pack.RenderedSite;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * A timing, not a test: publishes a build of small files to S3Proxy on loopback with {@link S3PackPublisher} at
 * each concurrency given, a full build and then a rebuild that copies every file, and prints the wall clock of
 * each. With {@code --latency-ms} every S3 call first sleeps that long on its own thread, a stand-in for the
 * round trip to S3 that loopback does not have (the calls still reach S3Proxy). Run from {@code functions/adapters}
 * after a test-compile (see the README's performance section for the command):
 *
 * <pre>java -cp target/test-classes:target/classes:$(cat target/cp.txt) org.sendpmo.adapters.s3.S3PublishTiming \
 *     --files 5000 --bytes 8000 --latency-ms 0 1 16</pre>
 */
public final class S3PublishTiming {

    private S3PublishTiming() {
    }

    public static void main(String[] args) throws IOException {
        int files = 5000;
        int size = 8000;
        long latencyMs = 0;
        int first = 0;
        while (first < args.length && args[first].startsWith("--")) {
            switch (args[first]) {
                case "--files" -> files = Integer.parseInt(args[first + 1]);
                case "--bytes" -> size = Integer.parseInt(args[first + 1]);
                case "--latency-ms" -> latencyMs = Long.parseLong(args[first + 1]);
                default -> throw new IllegalArgumentException("Unknown option " + args[first]);
            }
            first += 2;
        }
        int[] concurrencies = Arrays.stream(args, first, args.length).mapToInt(Integer::parseInt).toArray();
        Path directory = Files.createTempDirectory("s3-publish-timing-");
        try (LocalS3Server server = LocalS3Server.builder(directory.resolve("data")).logFile(directory.resolve("s3proxy.log"))
                .jarDirectory(Paths.get("target")).buckets("timing-site").start();
             S3Client client = server.newClient()) {
            S3Client s3 = latencyMs == 0 ? client : delayed(client, latencyMs);
            RenderedSite site = site(files, size);
            System.out.printf(Locale.UK, "%,d files of %,d bytes, %d ms added to each call%n", files, size, latencyMs);
            for (int concurrency : concurrencies) {
                time(new S3PackPublisher(s3, "timing-site", concurrency), "c" + concurrency, site, concurrency);
            }
        } finally {
            S3ProxyExtension.deleteTree(directory);
        }
    }

    private static void time(S3PackPublisher publisher, String cycleId, RenderedSite site, int concurrency) {
        BuildManifest full = BuildManifest.of("b-1", cycleId, Instant.now(), "timing", "v1", Map.of(), site);
        long start = System.nanoTime();
        PublishReport first = publisher.writeBuild(cycleId, "b-1", site, PublishPlan.full(full));
        double fullSeconds = (System.nanoTime() - start) / 1e9;
        publisher.makeCurrent(cycleId, "b-1", new byte[0], new byte[0]);

        BuildManifest next = BuildManifest.of("b-2", cycleId, Instant.now(), "timing", "v1", Map.of(), site);
        start = System.nanoTime();
        PublishReport copies = publisher.writeBuild(cycleId, "b-2", site, PublishPlan.against(publisher.currentManifest(cycleId), next));
        double copySeconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.UK, "concurrency %2d: full %.2f s (%s); all copied %.2f s (%s)%n",
                concurrency, fullSeconds, first.summary(), copySeconds, copies.summary());
    }

    private static RenderedSite site(int files, int size) {
        Map<String, byte[]> content = new TreeMap<>();
        for (int i = 0; i < files; i++) {
            byte[] bytes = new byte[size];
            Arrays.fill(bytes, (byte) ('a' + i % 26));
            byte[] number = Integer.toString(i).getBytes();
            System.arraycopy(number, 0, bytes, 0, number.length); // every file different, so nothing is copied twice
            content.put(String.format("projects/p-%05d.html", i), bytes);
        }
        return new RenderedSite(content);
    }

    private static S3Client delayed(S3Client client, long latencyMs) {
        return HookedS3Client.around(client, (method, args, call) -> {
            Thread.sleep(latencyMs);
            return call.proceed();
        });
    }
}
