package io.kdiag.facts.snapshot;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorOutputStream;

/** Writes test archives entry by entry, hostile entries included. */
final class Archives {

    /** One entry: a file with content, or a link to a target. */
    record Entry(String name, byte[] content, String linkTarget) {
        static Entry file(String name, String text) {
            return new Entry(name, text.getBytes(StandardCharsets.UTF_8), null);
        }

        static Entry link(String name, String target) {
            return new Entry(name, new byte[0], target);
        }
    }

    private Archives() {
    }

    /** The entries of every file below a folder, named relative to its parent (so the folder's name is kept). */
    static List<Entry> of(Path folder) {
        List<Entry> entries = new ArrayList<>();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                entries.add(new Entry(folder.getParent().relativize(file).toString(), Files.readAllBytes(file), null));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return entries;
    }

    /** Writes a {@code .tar.gz}. */
    static Path tarGz(Path archive, List<Entry> entries) {
        try (OutputStream file = Files.newOutputStream(archive);
                TarArchiveOutputStream tar = new TarArchiveOutputStream(new GzipCompressorOutputStream(file))) {
            tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
            for (Entry entry : entries) {
                TarArchiveEntry header = entry.linkTarget() == null
                        ? new TarArchiveEntry(entry.name(), true)
                        : new TarArchiveEntry(entry.name(), TarArchiveEntry.LF_SYMLINK, true);
                if (entry.linkTarget() != null) {
                    header.setLinkName(entry.linkTarget());
                } else {
                    header.setSize(entry.content().length);
                }
                tar.putArchiveEntry(header);
                tar.write(entry.content());
                tar.closeArchiveEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return archive;
    }

    /** Writes a {@code .zip}. */
    static Path zip(Path archive, List<Entry> entries) {
        try (ZipArchiveOutputStream zip = new ZipArchiveOutputStream(Files.newOutputStream(archive))) {
            for (Entry entry : entries) {
                zip.putArchiveEntry(new ZipArchiveEntry(entry.name()));
                zip.write(entry.content());
                zip.closeArchiveEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return archive;
    }

    /** Writes a {@code .tar.gz} of one entry of {@code size} zero bytes: a gzip bomb. */
    static Path zeroBomb(Path archive, String name, long size, List<Entry> after) {
        try (OutputStream file = Files.newOutputStream(archive);
                TarArchiveOutputStream tar = new TarArchiveOutputStream(new GzipCompressorOutputStream(file))) {
            tar.setBigNumberMode(TarArchiveOutputStream.BIGNUMBER_POSIX);
            TarArchiveEntry header = new TarArchiveEntry(name, true);
            header.setSize(size);
            tar.putArchiveEntry(header);
            byte[] zeros = new byte[1 << 16];
            for (long written = 0; written < size; written += zeros.length) {
                tar.write(zeros, 0, (int) Math.min(zeros.length, size - written));
            }
            tar.closeArchiveEntry();
            for (Entry entry : after) {
                TarArchiveEntry next = new TarArchiveEntry(entry.name(), true);
                next.setSize(entry.content().length);
                tar.putArchiveEntry(next);
                tar.write(entry.content());
                tar.closeArchiveEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return archive;
    }
}
