package io.kdiag.facts.snapshot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.kdiag.facts.snapshot.Archives.Entry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Archives are read like the folders they hold; hostile entries are skipped with a warning naming archive and entry. */
class ArchiveTest {

    private static final InputLimits SMALL = new InputLimits(1000, 32, 1 << 20, 100, 1 << 20, 8 << 20, 3, 500_000);

    @TempDir
    Path folder;

    private String name(String archive) {
        return folder.resolve(archive).toString();
    }

    @Test
    void aTarGzOfAMustGatherReadsAsTheFolderDoes() {
        Path mustGather = Inputs.FIXTURES.resolve("layouts/must-gather/must-gather.local.5216340238384712093");
        Path archive = Archives.tarGz(folder.resolve("must-gather.tar.gz"), Archives.of(mustGather));

        Snapshot packed = Inputs.load(archive);
        Snapshot unpacked = Inputs.load(mustGather);

        assertThat(packed.warnings()).isEmpty();
        assertThat(packed.counts()).isEqualTo(unpacked.counts());
        assertThat(packed.capturedAt()).isEqualTo(unpacked.capturedAt());
        assertThat(packed.facts()).hasSameSizeAs(unpacked.facts());
        assertThat(packed.facts()).filteredOn(io.kdiag.facts.KubeObject.class::isInstance)
                .extracting(f -> ((io.kdiag.facts.KubeObject) f).source())
                .first().asString().startsWith(name("must-gather.tar.gz") + "!/must-gather.local.5216340238384712093/");
    }

    @Test
    void aZipAndAnArchiveInsideItAreRead() {
        Path inner = Archives.tarGz(folder.resolve("inner.tgz"), List.of(Entry.file("pods.yaml", Inputs.pod("inner"))));
        Path outer = Archives.zip(folder.resolve("outer.zip"), List.of(
                Entry.file("pods.yaml", Inputs.pod("outer")), bytes("nested/inner.tgz", inner)));

        Snapshot snapshot = Inputs.load(outer);

        assertThat(snapshot.warnings()).isEmpty();
        assertThat(Inputs.podNames(snapshot)).containsExactlyInAnyOrder("outer", "inner");
        assertThat(snapshot.facts()).extracting(f -> ((io.kdiag.facts.KubeObject) f).source())
                .contains(name("outer.zip") + "!/nested/inner.tgz!/pods.yaml:1");
    }

    @Test
    void archivesNestedTooDeepAreNotOpened() {
        Path level = Archives.tarGz(folder.resolve("l0.tgz"), List.of(Entry.file("pods.yaml", Inputs.pod("deepest"))));
        for (int i = 1; i <= 3; i++) {
            level = Archives.tarGz(folder.resolve("l" + i + ".tgz"), List.of(bytes("l" + (i - 1) + ".tgz", level),
                    Entry.file("p" + i + ".yaml", Inputs.pod("level-" + i))));
        }

        Snapshot snapshot = Inputs.load(level);

        assertThat(Inputs.podNames(snapshot)).containsExactlyInAnyOrder("level-3", "level-2", "level-1");
        assertThat(snapshot.warnings()).containsExactly(SnapshotWarning.unread(
                name("l3.tgz") + "!/l2.tgz!/l1.tgz!/l0.tgz", "archive nested more than 3 deep, not opened"));
    }

    @Test
    void entriesClimbingOutOrAbsoluteAreSkipped() {
        Path archive = Archives.tarGz(folder.resolve("evil.tar.gz"), List.of(
                Entry.file("../../escaped.yaml", Inputs.pod("escaped")),
                Entry.file("/etc/absolute.yaml", Inputs.pod("absolute")),
                Entry.file("dump/../../up.yaml", Inputs.pod("up")),
                Entry.file("dump/good.yaml", Inputs.pod("survivor"))));

        Snapshot snapshot = Inputs.load(archive);

        assertThat(Inputs.podNames(snapshot)).containsExactly("survivor");
        assertThat(snapshot.warnings()).extracting(SnapshotWarning::source, SnapshotWarning::message).containsExactly(
                tuple(name("evil.tar.gz") + "!/../../escaped.yaml", "entry path is absolute or leaves the archive, skipped"),
                tuple(name("evil.tar.gz") + "!//etc/absolute.yaml", "entry path is absolute or leaves the archive, skipped"),
                tuple(name("evil.tar.gz") + "!/dump/../../up.yaml", "entry path is absolute or leaves the archive, skipped"));
        assertThat(folder.getParent().resolve("escaped.yaml")).doesNotExist();
        assertThat(folder.resolve("up.yaml")).doesNotExist();
    }

    @Test
    void linkEntriesAreNeverCreatedAndThosePointingOutAreReported() {
        Path archive = Archives.tarGz(folder.resolve("links.tar.gz"), List.of(
                Entry.link("dump/passwd.yaml", "/etc/passwd"),
                Entry.link("dump/up.yaml", "../../outside.yaml"),
                Entry.link("dump/again.yaml", "good.yaml"),
                Entry.file("dump/good.yaml", Inputs.pod("survivor"))));

        Snapshot snapshot = Inputs.load(archive);

        assertThat(Inputs.podNames(snapshot)).containsExactly("survivor");
        assertThat(snapshot.warnings()).extracting(SnapshotWarning::source, SnapshotWarning::message).containsExactly(
                tuple(name("links.tar.gz") + "!/dump/passwd.yaml", "link to /etc/passwd points outside the archive, skipped"),
                tuple(name("links.tar.gz") + "!/dump/up.yaml", "link to ../../outside.yaml points outside the archive, skipped"));
    }

    @Test
    void aGzipBombEntryIsSkippedAndTheEntriesAfterItAreRead() {
        Path archive = Archives.zeroBomb(folder.resolve("bomb.tar.gz"), "dump/zeros.yaml", 3 << 20,
                List.of(Entry.file("dump/good.yaml", Inputs.pod("survivor"))));
        assertThat(archive.toFile().length()).isLessThan(64 << 10);

        Snapshot snapshot = Inputs.load(new SnapshotLoader(ParseLimits.DEFAULT, SMALL), archive);

        assertThat(Inputs.podNames(snapshot)).containsExactly("survivor");
        assertThat(snapshot.warnings()).containsExactly(SnapshotWarning.unread(name("bomb.tar.gz") + "!/dump/zeros.yaml",
                "entry unpacks to more than 1048576 bytes, skipped"));
    }

    @Test
    void theBoundOnAllUnpackedBytesStopsUnpacking() {
        Path archive = Archives.zeroBomb(folder.resolve("bomb.tar.gz"), "dump/zeros.bin", 20 << 20,
                List.of(Entry.file("dump/late.yaml", Inputs.pod("late"))));
        Inputs.write(folder.resolve("good.yaml"), Inputs.pod("survivor"));

        Snapshot snapshot = Inputs.load(new SnapshotLoader(ParseLimits.DEFAULT, SMALL), archive, folder.resolve("good.yaml"));

        assertThat(Inputs.podNames(snapshot)).containsExactly("survivor");
        assertThat(snapshot.warnings()).containsExactly(
                SnapshotWarning.unread(name("bomb.tar.gz") + "!/dump/zeros.bin", "entry unpacks to more than 1048576 bytes, skipped"),
                SnapshotWarning.unread(name("bomb.tar.gz"), "archives unpack to more than 8388608 bytes in all: the rest not unpacked"));
    }

    @Test
    void theEntryCountBoundStopsUnpacking() {
        List<Entry> entries = new java.util.ArrayList<>();
        for (int i = 0; i < 150; i++) {
            entries.add(Entry.file("p%03d.yaml".formatted(i), Inputs.pod("p" + i)));
        }
        Snapshot snapshot = Inputs.load(new SnapshotLoader(ParseLimits.DEFAULT, SMALL),
                Archives.tarGz(folder.resolve("many.tgz"), entries));

        assertThat(snapshot.counts()).containsEntry("Pod", 100);
        assertThat(snapshot.warnings()).containsExactly(
                SnapshotWarning.unread(name("many.tgz"), "more than 100 entries: the rest not unpacked"));
    }

    @Test
    void aTruncatedArchiveKeepsTheEntriesBeforeTheDamage() throws IOException {
        List<Entry> entries = List.of(Entry.file("a.yaml", Inputs.pod("first")), Entry.file("b.yaml", "x".repeat(200_000)),
                Entry.file("c.yaml", Inputs.pod("third")));
        Path whole = Archives.tarGz(folder.resolve("whole.tgz"), entries);
        byte[] bytes = Files.readAllBytes(whole);
        Path cut = Inputs.write(folder.resolve("cut.tgz"), Arrays.copyOf(bytes, bytes.length / 2));
        Files.delete(whole);

        Snapshot snapshot = Inputs.load(cut);

        assertThat(Inputs.podNames(snapshot)).containsExactly("first");
        assertThat(snapshot.warnings()).singleElement().satisfies(w -> {
            assertThat(w.source()).isEqualTo(name("cut.tgz"));
            assertThat(w.message()).startsWith("archive truncated or corrupt at entry b.yaml: ")
                    .endsWith("; the entries before it are read");
        });
    }

    @Test
    void aFileNamedLikeAnArchiveThatIsNoneIsReported() {
        Inputs.write(folder.resolve("fake.tar.gz"), Inputs.pod("not-gzip"));
        Inputs.write(folder.resolve("good.yaml"), Inputs.pod("survivor"));

        Snapshot snapshot = Inputs.load(folder);

        assertThat(Inputs.podNames(snapshot)).containsExactly("survivor");
        assertThat(snapshot.warnings()).singleElement().satisfies(w -> {
            assertThat(w.source()).isEqualTo(name("fake.tar.gz"));
            assertThat(w.message()).startsWith("archive truncated or corrupt: ");
        });
    }

    @Test
    void theWorkspaceIsPrivateAndDeletedWithEverythingInIt() throws IOException {
        Path inside;
        try (Workspace workspace = new Workspace()) {
            inside = workspace.newFolder();
            Inputs.write(inside.resolve("a/b/c.yaml"), "x");
            inside.resolve("a").toFile().setWritable(false);
            assertThat(Files.getPosixFilePermissions(inside.getParent()))
                    .isEqualTo(Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_EXECUTE));
            inside.resolve("a").toFile().setWritable(true);
        }
        assertThat(inside.getParent()).doesNotExist();
    }

    private static Entry bytes(String name, Path file) {
        try {
            return new Entry(name, Files.readAllBytes(file), null);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
