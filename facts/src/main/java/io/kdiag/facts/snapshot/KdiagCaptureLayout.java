package io.kdiag.facts.snapshot;

import io.kdiag.facts.ObjectRef;
import io.kdiag.facts.ServerVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A capture that {@code kdiag capture} wrote: object files of one kind each, container logs at
 * {@code logs/<namespace>/<pod>/<container>.log}, and the {@link CaptureManifest} that records the
 * capture time and what could not be read.
 *
 * <p>Recognised by its manifest file, {@value CaptureManifest#FILE_NAME}.
 */
final class KdiagCaptureLayout implements Layout {

    private static final long MAX_MANIFEST_BYTES = 16L << 20;

    @Override
    public String title() {
        return "kdiag capture";
    }

    @Override
    public boolean recognises(Path folder) {
        return Layout.hasFile(folder, CaptureManifest.FILE_NAME);
    }

    @Override
    public Optional<DumpFile> classify(Path file, List<String> relative, String name) {
        if (relative.size() == 1 && CaptureManifest.FILE_NAME.equals(relative.get(0))) {
            return Optional.empty();
        }
        if (isContainerLog(relative)) {
            String fileName = relative.get(3);
            ObjectRef pod = new ObjectRef("Pod", relative.get(1), relative.get(2));
            return Optional.of(new DumpFile.ContainerLog(file, name, pod,
                    fileName.substring(0, fileName.length() - ".log".length())));
        }
        boolean kindFile = relative.size() == 1;
        return Layout.objectsOrArchive(file, relative, name)
                .map(found -> kindFile && found instanceof DumpFile.Objects
                        ? new DumpFile.Objects(file, name, kindFileCapture(file.getParent())) : found)
                .or(() -> PlainLayout.plainLog(file, relative, name));
    }

    /**
     * A capture writes one file per kind with every object it listed: of every namespace when it
     * read them all ({@code -A}), else of the namespaces it names. A manifest that cannot be read
     * (its own warning says so) claims nothing beyond the namespaces seen.
     */
    private static RawObject.Capture kindFileCapture(Path top) {
        try {
            return manifest(top).namespaces().isEmpty() ? RawObject.Capture.CLUSTER_LIST : RawObject.Capture.LIST;
        } catch (IllegalArgumentException e) {
            return RawObject.Capture.LIST;
        }
    }

    private static boolean isContainerLog(List<String> relative) {
        return relative.size() == 4 && CaptureManifest.LOGS_FOLDER.equals(relative.get(0))
                && relative.get(3).endsWith(".log");
    }

    @Override
    public Optional<Instant> captureTime(Path top) {
        String capturedAt = manifest(top).capturedAt();
        if (capturedAt == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Instant.parse(capturedAt));
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("capturedAt is not an RFC 3339 time: " + capturedAt, e);
        }
    }

    /** The API server's version the capture asked {@code /version} for. */
    @Override
    public Optional<ServerVersion> serverVersion(Path top) {
        return Optional.ofNullable(manifest(top).serverVersion()).filter(v -> !v.isBlank())
                .map(v -> new ServerVersion(v, top.getFileName() + "/" + CaptureManifest.FILE_NAME));
    }

    /** One warning for each thing the capture could not read. */
    @Override
    public List<SnapshotWarning> notes(Path top, String name) {
        return manifest(top).notChecked().stream()
                .map(gap -> new SnapshotWarning(name + "/" + CaptureManifest.FILE_NAME,
                        "not checked: " + gap.what() + ": " + gap.reason()))
                .toList();
    }

    private static CaptureManifest manifest(Path top) {
        Path file = top.resolve(CaptureManifest.FILE_NAME);
        try {
            if (Files.size(file) > MAX_MANIFEST_BYTES) {
                throw new IllegalArgumentException(CaptureManifest.FILE_NAME + " is larger than " + MAX_MANIFEST_BYTES
                        + " bytes");
            }
            try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
                return CaptureManifest.read(in);
            }
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read " + CaptureManifest.FILE_NAME + ": "
                    + DocumentReader.oneLine(e.getMessage()), e);
        }
    }
}
