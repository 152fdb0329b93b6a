package io.kdiag.facts.snapshot;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * One way cluster snapshots are laid out on disk. A layout is recognised by the shape of a
 * folder (which files and folders it holds), never by a flag; it then says what each file below
 * that folder holds.
 */
interface Layout {

    /** The file name endings of Kubernetes object files. */
    Set<String> OBJECT_ENDINGS = Set.of(".yaml", ".yml", ".json");

    /** The file name endings of archives. */
    Set<String> ARCHIVE_ENDINGS = Set.of(".tar.gz", ".tgz", ".tar", ".zip");

    /** How the layout is named in warnings, for example {@code OpenShift must-gather}. */
    String title();

    /** Whether this folder is the top of a dump in this layout. */
    boolean recognises(Path folder);

    /**
     * What a file below the layout's top folder holds, or empty when it holds nothing kdiag reads.
     *
     * @param file the file on disk
     * @param relative the file's path below the top folder, one element per name
     * @param name how sources name the file
     */
    Optional<DumpFile> classify(Path file, List<String> relative, String name);

    /**
     * The capture time the dump records, read from its top folder.
     *
     * @throws IllegalArgumentException when the dump's record of its capture time cannot be read
     */
    default Optional<Instant> captureTime(Path top) {
        return Optional.empty();
    }

    /**
     * What the dump itself records that it could not read, as warnings naming {@code name}.
     *
     * @throws IllegalArgumentException when the dump's record cannot be read
     */
    default List<SnapshotWarning> notes(Path top, String name) {
        return List.of();
    }

    /**
     * The API server's version the dump records, read from its top folder.
     *
     * @throws IllegalArgumentException when the dump's record of the version cannot be read
     */
    default Optional<io.kdiag.facts.ServerVersion> serverVersion(Path top) {
        return Optional.empty();
    }

    /** The kinds this layout never holds, so that their absence must be reported as a gap. */
    default List<String> missingKinds() {
        return List.of();
    }

    /** The file name in lower case. */
    static String lowerName(List<String> relative) {
        return relative.get(relative.size() - 1).toLowerCase(Locale.ROOT);
    }

    /** Whether the file name ends in one of the endings. */
    static boolean endsWithAny(List<String> relative, Set<String> endings) {
        String name = lowerName(relative);
        return endings.stream().anyMatch(name::endsWith);
    }

    /** The files every layout reads the same way: object files and archives. */
    static Optional<DumpFile> objectsOrArchive(Path file, List<String> relative, String name) {
        if (endsWithAny(relative, ARCHIVE_ENDINGS)) {
            return Optional.of(new DumpFile.Archive(file, name));
        }
        if (endsWithAny(relative, OBJECT_ENDINGS)) {
            return Optional.of(new DumpFile.Objects(file, name));
        }
        return Optional.empty();
    }

    /** Whether {@code folder} holds a sub-folder of this name. */
    static boolean hasFolder(Path folder, String child) {
        return Files.isDirectory(folder.resolve(child), java.nio.file.LinkOption.NOFOLLOW_LINKS);
    }

    /** Whether {@code folder} holds a regular file of this name. */
    static boolean hasFile(Path folder, String child) {
        return Files.isRegularFile(folder.resolve(child), java.nio.file.LinkOption.NOFOLLOW_LINKS);
    }
}
