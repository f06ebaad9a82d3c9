package org.sendpmo.adapters.pack;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.Optional;
import org.sendpmo.pack.BuildManifest;
import org.sendpmo.pack.PackPublisher;
import org.sendpmo.pack.PublishPlan;
import org.sendpmo.pack.PublishReport;
import org.sendpmo.pack.RenderedSite;
import org.sendpmo.storage.StorageUnavailable;

/**
 * Publishes packs into a local folder with the same layout as the site bucket ({@link SiteLayout}),
 * for reading offline ({@code --out DIR}). A file the current build already holds is copied from it on
 * disk. Not a bean: the command that wants it makes one.
 */
public final class FolderPackPublisher implements PackPublisher {

    private final Path root;

    public FolderPackPublisher(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    public Path root() {
        return root;
    }

    @Override
    public Optional<BuildManifest> currentManifest(String cycleId) {
        try {
            Optional<String> build = SiteLayout.pointedBuild(Files.readAllBytes(resolve(SiteLayout.currentPointerKey(cycleId))));
            if (build.isEmpty()) {
                return Optional.empty();
            }
            byte[] manifest = Files.readAllBytes(resolve(SiteLayout.buildFileKey(cycleId, build.get(), BuildManifest.PATH)));
            return Optional.of(ManifestJson.decode(manifest));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty(); // an unreadable manifest: upload everything, which is always right
        } catch (IOException e) {
            throw new StorageUnavailable("Could not read the current build of " + cycleId + ": " + e.getMessage(), e);
        }
    }

    @Override
    public PublishReport writeBuild(String cycleId, String buildId, RenderedSite site, PublishPlan plan) {
        plan.requireDescribes(site);
        int uploaded = 0;
        long uploadedBytes = 0;
        int copied = 0;
        long copiedBytes = 0;
        for (Map.Entry<String, byte[]> file : site.files().entrySet()) {
            String key = SiteLayout.buildFileKey(cycleId, buildId, file.getKey());
            PublishPlan.Source source = plan.copies().get(file.getKey());
            if (source != null && copy(SiteLayout.buildFileKey(cycleId, source.buildId(), source.path()), key)) {
                copied++;
                copiedBytes += file.getValue().length;
            } else {
                write(key, file.getValue());
                uploaded++;
                uploadedBytes += file.getValue().length;
            }
        }
        byte[] manifest = ManifestJson.encode(plan.manifest());
        write(SiteLayout.buildFileKey(cycleId, buildId, BuildManifest.PATH), manifest);
        return new PublishReport(uploaded + 1, uploadedBytes + manifest.length, copied, copiedBytes);
    }

    @Override
    public void makeCurrent(String cycleId, String buildId, byte[] cycleRedirectHtml, byte[] cyclesIndexHtml) {
        // Same order as the bucket: pointer, then the cycle's redirect, then the root index.
        write(SiteLayout.currentPointerKey(cycleId), SiteLayout.currentPointer(cycleId, buildId));
        write(SiteLayout.cycleIndexKey(cycleId), cycleRedirectHtml);
        write(SiteLayout.ROOT_INDEX, cyclesIndexHtml);
    }

    @Override
    public Optional<BuildManifest> buildManifest(String cycleId, String buildId) {
        return ManifestJson.decodeIfReadable(readBuildFile(cycleId, buildId, BuildManifest.PATH));
    }

    @Override
    public Optional<byte[]> readBuildFile(String cycleId, String buildId, String path) {
        Path file = resolve(SiteLayout.buildFileKey(cycleId, buildId, path));
        try {
            return Optional.of(Files.readAllBytes(file));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new StorageUnavailable("Could not read " + file + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void addToBuild(String cycleId, String buildId, String path, byte[] bytes, BuildManifest manifest) {
        write(SiteLayout.buildFileKey(cycleId, buildId, path), bytes);
        write(SiteLayout.buildFileKey(cycleId, buildId, BuildManifest.PATH), ManifestJson.encode(manifest));
    }

    /** @return false when the source is gone (the caller then writes the bytes it has) */
    private boolean copy(String fromKey, String toKey) {
        Path source = resolve(fromKey);
        if (!Files.isRegularFile(source)) {
            return false;
        }
        Path target = resolve(toKey);
        try {
            Files.createDirectories(target.getParent());
            Path temp = Files.createTempFile(target.getParent(), ".part-", ".tmp");
            try {
                Files.copy(source, temp, StandardCopyOption.REPLACE_EXISTING);
                move(temp, target);
            } finally {
                Files.deleteIfExists(temp);
            }
            return true;
        } catch (IOException e) {
            throw new StorageUnavailable("Could not copy " + source + " to " + target + ": " + e.getMessage(), e);
        }
    }

    /** Writes through a temporary file and a rename, so a reader never sees half a file. */
    private void write(String key, byte[] bytes) {
        Path target = resolve(key);
        try {
            Files.createDirectories(target.getParent());
            Path temp = Files.createTempFile(target.getParent(), ".part-", ".tmp");
            try {
                Files.write(temp, bytes);
                move(temp, target);
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw new StorageUnavailable("Could not write " + target + ": " + e.getMessage(), e);
        }
    }

    private static void move(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private Path resolve(String key) {
        Path target = root.resolve(key).normalize();
        if (!target.startsWith(root)) {
            throw new IllegalArgumentException("Outside the output folder: " + key);
        }
        return target;
    }
}
