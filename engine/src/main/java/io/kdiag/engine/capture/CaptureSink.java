package io.kdiag.engine.capture;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

/** Where a capture's files go: a folder, or a {@code .tar.gz} archive. */
interface CaptureSink extends Closeable {

    /**
     * Writes one file.
     *
     * @param relative the file's path below the top of the capture, with {@code /} between names
     */
    void write(String relative, byte[] content) throws IOException;

    /** A sink for {@code out}: an archive when its name ends in {@code .tar.gz} or {@code .tgz}, else a folder. */
    static CaptureSink open(Path out) throws IOException {
        String name = out.getFileName() == null ? "" : out.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".tar.gz") || name.endsWith(".tgz") ? new TarGzSink(out) : new FolderSink(out);
    }
}
