package io.kdiag.facts.snapshot;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import org.apache.commons.compress.archivers.ArchiveEntry;
import org.apache.commons.compress.archivers.ArchiveInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;

/**
 * Unpacks {@code .tar.gz}, {@code .tgz}, {@code .tar} and {@code .zip} archives into a folder,
 * as a stream, entry by entry, trusting nothing in them.
 *
 * <p>Entries whose path is absolute or climbs out with {@code ..} are skipped; links are never
 * created (a link to a place inside the archive is read there; one pointing out is reported);
 * an entry over the per-entry size bound is skipped, and unpacking stops at the entry count
 * bound and at the bound on all bytes unpacked, which every archive of one load shares (a gzip
 * bomb costs at most that bound). A truncated or corrupt archive keeps the entries before the
 * damage. Each of these ends in a warning naming the archive and the entry.
 */
final class ArchiveUnpacker {

    private static final int MAX_LINK_TARGET_BYTES = 4096;

    private final InputLimits limits;
    private long unpacked;

    /** An unpacker whose bound on unpacked bytes counts over every archive it unpacks. */
    ArchiveUnpacker(InputLimits limits) {
        this.limits = limits;
    }

    /**
     * Unpacks one archive.
     *
     * @param archive the archive file
     * @param name how sources name the archive; entries are named {@code name!/entry}
     * @param into an empty folder to unpack into
     */
    void unpack(Path archive, String name, Path into, Consumer<SnapshotWarning> warnings) {
        String entryName = null;
        Path partial = null;
        try (ArchiveInputStream<?> entries = open(archive, name)) {
            int count = 0;
            for (ArchiveEntry entry = entries.getNextEntry(); entry != null; entry = entries.getNextEntry()) {
                entryName = printable(entry.getName());
                if (++count > limits.maxArchiveEntries()) {
                    warnings.accept(new SnapshotWarning(name, "more than " + limits.maxArchiveEntries()
                            + " entries: the rest not unpacked"));
                    return;
                }
                if (segments(entry.getName()).map(List::isEmpty).orElse(false)) {
                    continue;
                }
                Optional<Path> target = target(into, entry.getName());
                String source = name + "!/" + entryName;
                if (target.isEmpty()) {
                    warnings.accept(new SnapshotWarning(source, "entry path is absolute or leaves the archive, skipped"));
                } else if (isLink(entry)) {
                    checkLink(entries, entry, source, warnings);
                } else if (entry.isDirectory()) {
                    Files.createDirectories(target.get());
                } else if (isFile(entry)) {
                    partial = target.get();
                    copy(entries, entries instanceof ZipArchiveInputStream, partial, source, warnings);
                    partial = null;
                }
            }
        } catch (IOException | RuntimeException e) {
            Optional<UnpackLimitException> limit = limitReached(e);
            if (limit.isPresent()) {
                warnings.accept(new SnapshotWarning(name, limit.get().getMessage()));
                return;
            }
            String where = entryName == null ? "" : " at entry " + entryName;
            warnings.accept(new SnapshotWarning(name, "archive truncated or corrupt" + where + ": "
                    + DocumentReader.oneLine(e.getMessage()) + "; the entries before it are read"));
        } finally {
            deleteQuietly(partial);
        }
    }

    private ArchiveInputStream<?> open(Path archive, String name) throws IOException {
        InputStream raw = new BufferedInputStream(Files.newInputStream(archive));
        String lower = name.toLowerCase(Locale.ROOT);
        try {
            if (lower.endsWith(".zip")) {
                return new ZipArchiveInputStream(raw, StandardCharsets.UTF_8.name(), true, true);
            }
            InputStream tar = lower.endsWith(".tar") ? raw : new GzipCompressorInputStream(raw, true);
            return new TarArchiveInputStream(new Budgeted(tar));
        } catch (IOException | RuntimeException e) {
            raw.close();
            throw e;
        }
    }

    private static boolean isLink(ArchiveEntry entry) {
        return entry instanceof TarArchiveEntry tar && (tar.isSymbolicLink() || tar.isLink())
                || entry instanceof ZipArchiveEntry zip && zip.isUnixSymlink();
    }

    private static boolean isFile(ArchiveEntry entry) {
        return !(entry instanceof TarArchiveEntry tar) || tar.isFile();
    }

    /** A link is never created; one that points out of the archive is reported. */
    private static void checkLink(ArchiveInputStream<?> entries, ArchiveEntry entry, String source,
            Consumer<SnapshotWarning> warnings) throws IOException {
        String linkTarget = entry instanceof TarArchiveEntry tar
                ? tar.getLinkName()
                : new String(entries.readNBytes(MAX_LINK_TARGET_BYTES), StandardCharsets.UTF_8);
        String parent = entry.getName().substring(0, entry.getName().lastIndexOf('/') + 1);
        String resolved = entry instanceof TarArchiveEntry tar && tar.isLink() ? linkTarget : parent + linkTarget;
        if (linkTarget.startsWith("/") || linkTarget.matches("^[A-Za-z]:.*") || segments(resolved).isEmpty()) {
            warnings.accept(new SnapshotWarning(source, "link to " + printable(linkTarget)
                    + " points outside the archive, skipped"));
        }
    }

    private static Optional<UnpackLimitException> limitReached(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof UnpackLimitException limit) {
                return Optional.of(limit);
            }
        }
        return Optional.empty();
    }

    /**
     * Copies one entry, within the per-entry bound; an entry over it is deleted and reported.
     *
     * @param charge whether the entry's bytes count against the shared bound here (a tar stream counts them below)
     */
    private void copy(InputStream entry, boolean charge, Path target, String source, Consumer<SnapshotWarning> warnings)
            throws IOException {
        Files.createDirectories(target.getParent());
        byte[] buffer = new byte[1 << 16];
        long written = 0;
        try (OutputStream out = Files.newOutputStream(target)) {
            for (int n = entry.read(buffer); n != -1; n = entry.read(buffer)) {
                written += n;
                if (charge) {
                    charge(n);
                }
                if (written > limits.maxEntryBytes()) {
                    break;
                }
                out.write(buffer, 0, n);
            }
        }
        if (written > limits.maxEntryBytes()) {
            Files.delete(target);
            warnings.accept(new SnapshotWarning(source, "entry unpacks to more than " + limits.maxEntryBytes()
                    + " bytes, skipped"));
        }
    }

    /** Where an entry goes inside {@code into}, or empty when its path is absolute or leaves the folder. */
    private static Optional<Path> target(Path into, String entryName) {
        String name = entryName.replace('\\', '/');
        if (name.startsWith("/") || name.matches("^[A-Za-z]:.*")) {
            return Optional.empty();
        }
        Optional<List<String>> segments = segments(name);
        if (segments.isEmpty()) {
            return Optional.empty();
        }
        try {
            Path target = into;
            for (String segment : segments.get()) {
                target = target.resolve(segment);
            }
            return target.normalize().startsWith(into) && !target.equals(into) ? Optional.of(target) : Optional.empty();
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }

    /** The path's names, or empty when it climbs above its start. */
    private static Optional<List<String>> segments(String path) {
        if (path.startsWith("/")) {
            return Optional.empty();
        }
        List<String> segments = new ArrayList<>();
        for (String segment : path.replace('\\', '/').split("/")) {
            if (segment.equals("..")) {
                if (segments.isEmpty()) {
                    return Optional.empty();
                }
                segments.remove(segments.size() - 1);
            } else if (!segment.isEmpty() && !segment.equals(".")) {
                segments.add(segment);
            }
        }
        return Optional.of(segments);
    }

    private static String printable(String text) {
        StringBuilder out = new StringBuilder(Math.min(text.length(), 200));
        text.codePoints().limit(200).forEach(c -> out.appendCodePoint(Character.isISOControl(c) ? '?' : c));
        return out.toString();
    }

    private static void deleteQuietly(Path partial) {
        if (partial == null) {
            return;
        }
        try {
            Files.deleteIfExists(partial);
        } catch (IOException e) {
            // the whole workspace is deleted after the load; this only frees the space earlier
        }
    }

    private void charge(long bytes) throws UnpackLimitException {
        unpacked += bytes;
        if (unpacked > limits.maxUnpackedBytes()) {
            throw new UnpackLimitException("archives unpack to more than " + limits.maxUnpackedBytes()
                    + " bytes in all: the rest not unpacked");
        }
    }

    /** Counts every byte unpacked from a tar stream, skipped entries too, against the shared bound. */
    private final class Budgeted extends FilterInputStream {
        Budgeted(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            charge(b == -1 ? 0 : 1);
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            charge(Math.max(n, 0));
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            charge(skipped);
            return skipped;
        }
    }

    /** The bound on all unpacked bytes was reached. */
    private static final class UnpackLimitException extends IOException {
        UnpackLimitException(String message) {
            super(message);
        }
    }
}
