package io.kdiag.facts.snapshot;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Builds test inputs on disk and loads them. */
final class Inputs {

    /** The repository's test fixtures (tests run in the facts module folder). */
    static final Path FIXTURES = Path.of("..", "test-fixtures").toAbsolutePath().normalize();

    private Inputs() {
    }

    /** A small valid pod, {@code media/<name>}. */
    static String pod(String name) {
        return pod(name, "1");
    }

    /** A small valid pod with a resourceVersion. */
    static String pod(String name, String resourceVersion) {
        return """
                apiVersion: v1
                kind: Pod
                metadata:
                  name: %s
                  namespace: media
                  resourceVersion: "%s"
                  creationTimestamp: "2025-11-03T19:10:12Z"
                spec:
                  nodeName: worker-1
                status:
                  phase: Running
                """.formatted(name, resourceVersion);
    }

    /** Writes a text file, creating its folders. */
    static Path write(Path file, String text) {
        return write(file, text.getBytes(StandardCharsets.UTF_8));
    }

    /** Writes a file, creating its folders. */
    static Path write(Path file, byte[] bytes) {
        try {
            Files.createDirectories(file.getParent());
            return Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Loads the paths with the default limits. */
    static Snapshot load(Path... paths) {
        return load(new SnapshotLoader(), paths);
    }

    /** Loads the paths with a loader. */
    static Snapshot load(SnapshotLoader loader, Path... paths) {
        try {
            return loader.load(List.of(paths));
        } catch (SnapshotException e) {
            throw new AssertionError(e);
        }
    }

    /** The facts of one type that a file of this text, written in the folder, loads to. */
    static <T> List<T> facts(Path dir, String text, Class<T> type) {
        return load(write(dir.resolve("objects.yaml"), text)).facts().stream()
                .filter(type::isInstance).map(type::cast).toList();
    }

    /** The names of the pods in the snapshot, in order. */
    static List<String> podNames(Snapshot snapshot) {
        return snapshot.facts().stream()
                .filter(io.kdiag.facts.Pod.class::isInstance)
                .map(f -> ((io.kdiag.facts.Pod) f).name())
                .toList();
    }
}
