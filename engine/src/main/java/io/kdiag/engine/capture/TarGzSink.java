package io.kdiag.engine.capture;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Date;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorOutputStream;

/** Writes a capture as a gzip-compressed tar archive, the files at its top. */
final class TarGzSink implements CaptureSink {

    private final TarArchiveOutputStream tar;

    TarGzSink(Path archive) throws IOException {
        OutputStream out = new BufferedOutputStream(Files.newOutputStream(archive,
                StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE));
        this.tar = new TarArchiveOutputStream(new GzipCompressorOutputStream(out));
        tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
    }

    @Override
    public void write(String relative, byte[] content) throws IOException {
        TarArchiveEntry entry = new TarArchiveEntry(relative);
        entry.setSize(content.length);
        entry.setModTime(new Date(0));
        tar.putArchiveEntry(entry);
        tar.write(content);
        tar.closeArchiveEntry();
    }

    @Override
    public void close() throws IOException {
        tar.close();
    }
}
