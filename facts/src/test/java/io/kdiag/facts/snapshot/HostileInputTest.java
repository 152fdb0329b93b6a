package io.kdiag.facts.snapshot;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Broken and hostile files end in one warning naming the file, and the valid pod beside them
 * is still read.
 */
class HostileInputTest {

    @TempDir
    Path folder;

    /** Loads the folder with the valid pod {@code survivor} beside the bad file; returns the one warning. */
    private SnapshotWarning onlyWarning(SnapshotLoader loader) {
        Inputs.write(folder.resolve("good.yaml"), Inputs.pod("survivor"));
        Snapshot snapshot = Inputs.load(loader, folder);
        assertThat(Inputs.podNames(snapshot)).containsExactly("survivor");
        assertThat(snapshot.warnings()).hasSize(1);
        return snapshot.warnings().get(0);
    }

    private SnapshotWarning onlyWarning() {
        return onlyWarning(new SnapshotLoader());
    }

    private String file(String name) {
        return folder.resolve(name).toString();
    }

    @Test
    void anEmptyFile() {
        Inputs.write(folder.resolve("bad.yaml"), "");
        assertThat(onlyWarning()).isEqualTo(new SnapshotWarning(file("bad.yaml"), "empty file"));
    }

    @Test
    void aFileOfOnlyComments() {
        Inputs.write(folder.resolve("bad.yaml"), "# nothing here\n\n");
        assertThat(onlyWarning()).isEqualTo(new SnapshotWarning(file("bad.yaml"), "holds no Kubernetes objects"));
    }

    @Test
    void aBinaryFile() {
        Inputs.write(folder.resolve("bad.json"), new byte[] {'{', 0, 1, 2, (byte) 0xff, '}'});
        assertThat(onlyWarning()).isEqualTo(SnapshotWarning.unread(file("bad.json"), "binary file (NUL bytes), not read"));
    }

    @Test
    void aFileThatIsNotUtf8() {
        Inputs.write(folder.resolve("bad.yaml"), "kind: Pod\nmetadata:\n  name: caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
        assertThat(onlyWarning()).isEqualTo(SnapshotWarning.unread(file("bad.yaml"), "not UTF-8 text"));
    }

    @Test
    void aUtf16FileFromWindowsPowerShellIsRead() {
        Inputs.write(folder.resolve("ps.yaml"), ("\uFEFF" + Inputs.pod("from-windows")).getBytes(StandardCharsets.UTF_16LE));
        Snapshot snapshot = Inputs.load(folder);
        assertThat(Inputs.podNames(snapshot)).containsExactly("from-windows");
        assertThat(snapshot.warnings()).isEmpty();
    }

    @Test
    void truncatedYaml() {
        Inputs.write(folder.resolve("bad.yaml"), "apiVersion: v1\nkind: List\nitems:\n- kind: Pod\n  metadata: {name: \"cut");
        SnapshotWarning warning = onlyWarning();
        assertThat(warning.source()).startsWith(file("bad.yaml") + ":");
        assertThat(warning.message()).startsWith("not valid YAML: ");
    }

    @Test
    void truncatedJson() {
        Inputs.write(folder.resolve("bad.json"), "{\"kind\": \"List\", \"items\": [{\"kind\": \"Pod\", \"metadata\": {\"name\": \"cut\"}}, {\"ki");
        Inputs.write(folder.resolve("good.yaml"), Inputs.pod("survivor"));
        Snapshot snapshot = Inputs.load(folder);
        assertThat(Inputs.podNames(snapshot)).containsExactly("cut", "survivor");
        assertThat(snapshot.warnings()).hasSize(1);
        SnapshotWarning warning = snapshot.warnings().get(0);
        assertThat(warning.unread()).isTrue();
        assertThat(warning.message()).endsWith("1 object(s) before it were read, nothing after it");
        assertThat(warning.source()).startsWith(file("bad.json") + ":1");
        assertThat(warning.message()).startsWith("not valid JSON: ");
    }

    @Test
    void aFieldOfTheWrongType() {
        Inputs.write(folder.resolve("bad.yaml"), "apiVersion: v1\nkind: Pod\nmetadata:\n  name: odd\nspec:\n  containers: 42\n");
        SnapshotWarning warning = onlyWarning();
        assertThat(warning.source()).isEqualTo(file("bad.yaml") + ":1");
        assertThat(warning.message()).startsWith("Pod odd: ");
    }

    @Test
    void anObjectWithoutKind() {
        Inputs.write(folder.resolve("bad.yaml"), "apiVersion: v1\nmetadata:\n  name: who\n");
        assertThat(onlyWarning()).isEqualTo(SnapshotWarning.unread(file("bad.yaml") + ":1", "object has no kind"));
    }

    @Test
    void anObjectWithoutMetadata() {
        Inputs.write(folder.resolve("bad.yaml"), "apiVersion: v1\nkind: Pod\nspec: {}\n");
        assertThat(onlyWarning()).isEqualTo(SnapshotWarning.unread(file("bad.yaml") + ":1", "Pod has no metadata.name"));
    }

    @Test
    void aYamlAliasBombIsNeverExpanded() {
        StringBuilder bomb = new StringBuilder("apiVersion: v1\nkind: Pod\nmetadata:\n  name: bomb\n  namespace: media\nx:\n");
        bomb.append("  a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (char c = 'b'; c <= 'j'; c++) {
            String previous = "*" + (char) (c - 1);
            bomb.append("  ").append(c).append(": &").append(c).append(" [")
                    .append(String.join(",", java.util.Collections.nCopies(9, previous))).append("]\n");
        }
        Inputs.write(folder.resolve("bomb.yaml"), bomb.toString());
        Inputs.write(folder.resolve("good.yaml"), Inputs.pod("survivor"));

        Snapshot snapshot = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(20),
                () -> Inputs.load(folder));

        assertThat(Inputs.podNames(snapshot)).containsExactly("bomb", "survivor");
        assertThat(snapshot.warnings()).isEmpty();
    }

    @Test
    void absurdlyDeepYaml() {
        Inputs.write(folder.resolve("bad.yaml"), "kind: Pod\nspec: " + "[".repeat(100_000) + "]".repeat(100_000) + "\n");
        SnapshotWarning warning = onlyWarning();
        assertThat(warning.source()).startsWith(file("bad.yaml"));
        assertThat(warning.message()).startsWith("not valid YAML: ");
    }

    @Test
    void absurdlyDeepJson() {
        Inputs.write(folder.resolve("bad.json"), "{\"kind\": \"Pod\", \"spec\": " + "{\"a\":".repeat(100_000) + "1" + "}".repeat(100_001));
        SnapshotWarning warning = onlyWarning();
        assertThat(warning.source()).startsWith(file("bad.json"));
        assertThat(warning.message()).startsWith("not valid JSON: ").contains("nesting depth");
    }

    @Test
    void aListFarOverSnakeyamlsDefaultDocumentSizeIsRead() {
        StringBuilder list = new StringBuilder("apiVersion: v1\nkind: List\nitems:\n");
        int maps = 0;
        while (list.length() < 5 << 20) {
            list.append("- apiVersion: v1\n  kind: ConfigMap\n  metadata:\n    name: big-").append(maps++)
                    .append("\n    namespace: media\n  data:\n    blob: \"").append("x".repeat(4000)).append("\"\n");
        }
        Inputs.write(folder.resolve("big.yaml"), list.toString());

        Snapshot snapshot = Inputs.load(folder);

        assertThat(snapshot.warnings()).isEmpty();
        assertThat(snapshot.counts()).containsEntry("ConfigMap", maps);
    }

    @Test
    void aDocumentOverTheLimitIsSkippedAndTheNextDocumentRead() {
        ParseLimits small = new ParseLimits(64 << 10, 200, 50, 16 << 10);
        String huge = "kind: ConfigMap\nmetadata:\n  name: huge\ndata:\n" + "  k: v\n".repeat(20_000);
        Inputs.write(folder.resolve("bad.yaml"), huge + "---\n" + Inputs.pod("next"));
        Snapshot snapshot = Inputs.load(new SnapshotLoader(small), folder);

        assertThat(Inputs.podNames(snapshot)).containsExactly("next");
        assertThat(snapshot.warnings()).containsExactly(SnapshotWarning.unread(file("bad.yaml") + ":1",
                "object larger than 65536 characters (the per-object limit), not read"));
    }

    @Test
    void aHugeSingleLineIsNeverBuiltUp() {
        ParseLimits small = new ParseLimits(1 << 20, 200, 50, 64 << 10);
        Inputs.write(folder.resolve("bad.yaml"), "kind: Pod\nmetadata:\n  name: \"" + "x".repeat(1 << 20) + "\"\n");
        assertThat(onlyWarning(new SnapshotLoader(small))).isEqualTo(SnapshotWarning.unread(file("bad.yaml") + ":1",
                "YAML document skipped: line 3 is longer than 65536 characters"));
    }

    @Test
    void aFileOverTheSizeLimit() {
        InputLimits small = new InputLimits(1000, 32, 1024, 1000, 1 << 20, 1 << 20, 3, 500_000);
        Inputs.write(folder.resolve("bad.yaml"), Inputs.pod("too-big") + "#".repeat(2000) + "\n");
        assertThat(onlyWarning(new SnapshotLoader(ParseLimits.DEFAULT, small)))
                .isEqualTo(SnapshotWarning.unread(file("bad.yaml"), "file is larger than 1024 bytes, not read"));
    }

    @Test
    void aSymbolicLinkOutOfTheTreeIsNotFollowed(@TempDir Path outside) throws IOException {
        Inputs.write(outside.resolve("secret-pods.yaml"), Inputs.pod("outside"));
        Files.createSymbolicLink(folder.resolve("link.yaml"), outside.resolve("secret-pods.yaml"));
        Files.createSymbolicLink(folder.resolve("linked-folder"), outside);
        Inputs.write(folder.resolve("good.yaml"), Inputs.pod("survivor"));

        Snapshot snapshot = Inputs.load(folder);

        assertThat(Inputs.podNames(snapshot)).containsExactly("survivor");
        assertThat(snapshot.warnings()).extracting(SnapshotWarning::source, SnapshotWarning::message).containsExactly(
                org.assertj.core.groups.Tuple.tuple(file("link.yaml"), "symbolic link points outside " + folder + ", not followed"),
                org.assertj.core.groups.Tuple.tuple(file("linked-folder"), "symbolic link points outside " + folder + ", not followed"));
    }

    @Test
    void aSymbolicLinkLoopEndsAndALinkInsideIsReadOnce() throws IOException {
        Files.createSymbolicLink(folder.resolve("loop-a"), folder.resolve("loop-b"));
        Files.createSymbolicLink(folder.resolve("loop-b"), folder.resolve("loop-a"));
        Files.createSymbolicLink(folder.resolve("self"), folder);
        Files.createSymbolicLink(folder.resolve("again.yaml"), folder.resolve("good.yaml"));
        Inputs.write(folder.resolve("good.yaml"), Inputs.pod("survivor"));

        Snapshot snapshot = Inputs.load(folder);

        assertThat(Inputs.podNames(snapshot)).containsExactly("survivor");
        assertThat(snapshot.warnings()).extracting(SnapshotWarning::source).containsExactly(file("loop-a"), file("loop-b"));
        assertThat(snapshot.warnings()).extracting(SnapshotWarning::message).containsOnly("symbolic link is broken or loops, not followed");
    }

    @Test
    void theFileLimitStopsTheWalkWithOneWarning() {
        InputLimits few = new InputLimits(10, 32, 1 << 20, 1000, 1 << 20, 1 << 20, 3, 500_000);
        IntStream.range(0, 30).forEach(i -> Inputs.write(folder.resolve("p%02d.yaml".formatted(i)), Inputs.pod("p" + i)));

        Snapshot snapshot = Inputs.load(new SnapshotLoader(ParseLimits.DEFAULT, few), folder);

        assertThat(snapshot.counts()).containsEntry("Pod", 10);
        assertThat(snapshot.warnings()).containsExactly(SnapshotWarning.unread(file("p10.yaml"),
                "more than 10 files given: this and every later file not read"));
    }

    @Test
    void foldersDeeperThanTheLimitAreReportedNotRead() {
        Path deep = folder;
        for (int i = 0; i < 40; i++) {
            deep = deep.resolve("d");
        }
        Inputs.write(deep.resolve("deep.yaml"), Inputs.pod("deep"));
        Inputs.write(folder.resolve("good.yaml"), Inputs.pod("survivor"));

        Snapshot snapshot = Inputs.load(folder);

        assertThat(Inputs.podNames(snapshot)).containsExactly("survivor");
        assertThat(snapshot.warnings()).extracting(SnapshotWarning::message)
                .containsExactly("folder nested deeper than 32 levels, not read");
    }
}
