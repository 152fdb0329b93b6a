package io.kdiag.facts.snapshot;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * The private folder archives are unpacked into: created on first use in the system's
 * temporary folder, readable by its owner only, and deleted with everything in it on
 * {@link #close()}, whether the load succeeded or not.
 */
final class Workspace implements AutoCloseable {

    private Path top;
    private int folders;

    /** A new empty folder inside the workspace. */
    Path newFolder() throws IOException {
        if (top == null) {
            top = FileSystems.getDefault().supportedFileAttributeViews().contains("posix")
                    ? Files.createTempDirectory("kdiag-", PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")))
                    : Files.createTempDirectory("kdiag-");
        }
        return Files.createDirectory(top.resolve(Integer.toString(++folders)));
    }

    /** Deletes the workspace and everything in it; links in it are deleted, never followed. */
    @Override
    public void close() throws IOException {
        if (top == null) {
            return;
        }
        Files.walkFileTree(top, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path folder, IOException e) throws IOException {
                Files.delete(folder);
                return FileVisitResult.CONTINUE;
            }
        });
        top = null;
    }
}
