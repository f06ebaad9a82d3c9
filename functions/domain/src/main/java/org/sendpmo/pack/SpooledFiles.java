package org.sendpmo.pack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Collections;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * A build's files kept in a temporary folder instead of the heap, read back one at a time when asked for: a
 * pack of 10,000 projects is hundreds of megabytes of pages and CSV files, which the link check, the manifest
 * and the publisher each need only one at a time. A read-only map in path order once written (its
 * {@link #put} is refused; files are added with {@link #add} while rendering); {@link #close} deletes the folder.
 * Each file is read from disk whenever it is asked for, so keep the bytes rather than asking twice.
 */
public final class SpooledFiles extends AbstractMap<String, byte[]> implements AutoCloseable {

    private final Path folder;
    /** Each file's path in the build, to where its bytes are in the folder. */
    private final TreeMap<String, Path> spooled = new TreeMap<>();
    private final Set<Map.Entry<String, byte[]>> entries = new Entries();

    private SpooledFiles(Path folder) {
        this.folder = folder;
    }

    /** An empty set of files in a new folder under the system's temporary folder. */
    public static SpooledFiles inTemporaryFolder() {
        try {
            return new SpooledFiles(Files.createTempDirectory("pack-build-"));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not make a temporary folder for the build's files", e);
        }
    }

    /** Writes a file (or replaces one) at this path of the build. */
    public void add(String path, byte[] bytes) {
        Path file = spooled.computeIfAbsent(path, p -> folder.resolve(Integer.toString(spooled.size())));
        try {
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not keep " + path + " in " + folder, e);
        }
    }

    /** Where the files are kept (for tests). */
    Path folder() {
        return folder;
    }

    @Override
    public byte[] get(Object path) {
        Path file = spooled.get(path);
        return file == null ? null : read(file);
    }

    @Override
    public boolean containsKey(Object path) {
        return spooled.containsKey(path);
    }

    @Override
    public Set<String> keySet() {
        return Collections.unmodifiableSet(spooled.navigableKeySet());
    }

    @Override
    public int size() {
        return spooled.size();
    }

    @Override
    public Set<Map.Entry<String, byte[]>> entrySet() {
        return entries;
    }

    @Override
    public void close() {
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Files.deleteIfExists(file);
            }
            Files.deleteIfExists(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not delete the build's temporary folder " + folder, e);
        }
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read back " + file, e);
        }
    }

    /** In path order, each file read as its entry is reached. */
    private final class Entries extends AbstractSet<Map.Entry<String, byte[]>> {
        @Override
        public Iterator<Map.Entry<String, byte[]>> iterator() {
            Iterator<Map.Entry<String, Path>> files = spooled.entrySet().iterator();
            return new Iterator<>() {
                @Override
                public boolean hasNext() {
                    return files.hasNext();
                }

                @Override
                public Map.Entry<String, byte[]> next() {
                    Map.Entry<String, Path> file = files.next();
                    return new AbstractMap.SimpleImmutableEntry<>(file.getKey(), read(file.getValue()));
                }
            };
        }

        @Override
        public int size() {
            return spooled.size();
        }
    }
}
