package org.sendpmo.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.sendpmo.returns.RawKey;

/**
 * The loaded H2 database of one size, kept after the first run that loads it and copied for each later run,
 * so a benchmark of 10,000 projects does not load 112,000 returns every time. The file's name carries the
 * size and a digest of the migrations and of {@link #GENERATOR}: a changed schema or data generator makes a
 * new file instead of reusing a stale one. Each run works on its own copy, which its builds then change.
 */
final class ScaleData {

    /** Change when {@link ScaleProgramme} makes different data. */
    static final String GENERATOR = "scale-programme/1";

    private final Path file;

    ScaleData(Path cacheDir, int projects, int months, int risks) {
        this.file = cacheDir.resolve("scale-" + projects + "p-" + months + "m-" + risks + "r-" + schemaDigest() + ".mv.db");
    }

    Path file() {
        return file;
    }

    /** Copies the kept database to where H2 will open {@code database}; @return false when none is kept */
    boolean copyTo(Path database) throws IOException {
        if (!Files.isRegularFile(file)) {
            return false;
        }
        Files.createDirectories(database.getParent());
        Files.copy(file, h2File(database), StandardCopyOption.REPLACE_EXISTING);
        return true;
    }

    /** Keeps the database just loaded (closed) for later runs. */
    void keep(Path database) throws IOException {
        Files.createDirectories(file.getParent());
        Path temp = Files.createTempFile(file.getParent(), ".part-", ".tmp");
        Files.copy(h2File(database), temp, StandardCopyOption.REPLACE_EXISTING);
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static Path h2File(Path database) {
        return database.resolveSibling(database.getFileName() + ".mv.db");
    }

    /** The first 12 hex digits of the SHA-256 of the migrations' names and text, and the generator's version. */
    private static String schemaDigest() {
        StringBuilder all = new StringBuilder(GENERATOR);
        for (String name : migrations()) {
            try (InputStream in = ScaleData.class.getResourceAsStream("/db/migration/" + name)) {
                all.append('\n').append(name).append('\n')
                        .append(in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        return RawKey.sha256(all.toString().getBytes(StandardCharsets.UTF_8)).substring(0, 12);
    }

    /** The migrations on the class path, by name (Flyway's own folder, read as the adapters jar or classes hold it). */
    private static List<String> migrations() {
        try {
            java.net.URL folder = ScaleData.class.getResource("/db/migration");
            if (folder == null) {
                return List.of();
            }
            if ("file".equals(folder.getProtocol())) {
                try (var names = Files.list(Path.of(folder.toURI()))) {
                    return names.map(p -> p.getFileName().toString()).sorted().toList();
                }
            }
            try (var fs = java.nio.file.FileSystems.newFileSystem(folder.toURI(), java.util.Map.of());
                 var names = Files.list(fs.getPath("/db/migration"))) {
                return names.map(p -> p.getFileName().toString()).sorted().toList();
            }
        } catch (IOException | java.net.URISyntaxException e) {
            throw new IllegalStateException("Cannot list the migrations: " + e.getMessage(), e);
        }
    }
}
