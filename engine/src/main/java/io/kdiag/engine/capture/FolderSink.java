package io.kdiag.engine.capture;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes a capture into a folder that is new or empty, so that no older file is mixed in. */
final class FolderSink implements CaptureSink {

    private final Path top;

    FolderSink(Path top) throws IOException {
        if (Files.exists(top)) {
            try (var children = Files.list(top)) {
                if (children.findAny().isPresent()) {
                    throw new FileAlreadyExistsException(top.toString(), null, "folder is not empty");
                }
            }
        }
        Files.createDirectories(top);
        this.top = top;
    }

    @Override
    public void write(String relative, byte[] content) throws IOException {
        Path file = top.resolve(relative).normalize();
        if (!file.startsWith(top)) {
            throw new IOException("not below the capture folder: " + relative);
        }
        Files.createDirectories(file.getParent());
        Files.write(file, content);
    }

    @Override
    public void close() {
        // every file is closed as it is written
    }
}
