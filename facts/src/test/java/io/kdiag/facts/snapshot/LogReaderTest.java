package io.kdiag.facts.snapshot;

import static org.assertj.core.api.Assertions.assertThat;

import io.kdiag.facts.LogLine;
import io.kdiag.facts.ObjectRef;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LogReaderTest {

    private static final ObjectRef POD = new ObjectRef("Pod", "rook-ceph", "csi-rbdplugin-provisioner-5d8f-abcde");

    private final List<LogEntry> entries = new ArrayList<>();
    private final List<SnapshotWarning> warnings = new ArrayList<>();

    private List<LogLine> read(LogReader reader, Reader text) throws IOException {
        reader.read(text, "logs/provisioner.log", POD, "csi-provisioner", entries::add, warnings::add);
        return entries.stream().map(LogEntry::line).toList();
    }

    @Test
    void everyLineKeepsItsFileLinePodAndContainer() throws IOException {
        String log = "I0514 11:45:30.000001       1 controller.go:1] started\r\n"
                + "\r\n"
                + "E0514 11:45:34.213536       1 controller.go:910] error syncing claim \"4541\": failed\n"
                + "\tgoroutine 1 [running]:\n"
                + "no newline at the end";

        List<LogLine> lines = read(new LogReader(), new StringReader(log));

        assertThat(lines).extracting(LogLine::source).containsExactly("logs/provisioner.log:1",
                "logs/provisioner.log:3", "logs/provisioner.log:4", "logs/provisioner.log:5");
        assertThat(lines).extracting(LogLine::severity).containsExactly("I", "E", "", "");
        assertThat(lines).allSatisfy(line -> {
            assertThat(line.pod()).isEqualTo(POD);
            assertThat(line.container()).isEqualTo("csi-provisioner");
            assertThat(line.time()).isNull();
        });
        assertThat(entries.get(1).yearless()).isNotNull();
        assertThat(entries.get(2).yearless()).as("a continuation line stands alone, undated").isNull();
        assertThat(lines.get(2).text()).isEqualTo("\tgoroutine 1 [running]:");
        assertThat(warnings).isEmpty();
    }

    @Test
    void credentialsAreMaskedInTheTextKept() throws IOException {
        List<LogLine> lines = read(new LogReader(), new StringReader(
                "2025-11-03T19:40:01Z I1103 19:40:01.000000 1 client.go:1] GET /api Authorization: Bearer abc.def.ghi\n"));

        assertThat(lines).singleElement().extracting(LogLine::text).isEqualTo("GET /api Authorization: Bearer ***");
    }

    @Test
    void aVeryLongLineIsCutWithoutHoldingItAndTheNextLineIsRead() throws IOException {
        Reader huge = new Reader() {
            private final Reader tail = new StringReader("\nafter\n");
            private long left = 5_000_000;

            @Override
            public int read(char[] buffer, int offset, int length) throws IOException {
                if (left == 0) {
                    return tail.read(buffer, offset, length);
                }
                int n = (int) Math.min(length, left);
                java.util.Arrays.fill(buffer, offset, offset + n, 'x');
                left -= n;
                return n;
            }

            @Override
            public void close() {
            }
        };

        List<LogLine> lines = read(new LogReader(64), huge);

        assertThat(lines).hasSize(2);
        assertThat(lines.get(0).text()).hasSize(64 + " [cut]".length()).endsWith("x [cut]");
        assertThat(lines.get(1).text()).isEqualTo("after");
        assertThat(lines.get(1).source()).isEqualTo("logs/provisioner.log:2");
        assertThat(warnings).singleElement().isEqualTo(
                new SnapshotWarning("logs/provisioner.log", "1 line longer than 64 characters cut"));
    }

    @Test
    void readsATextFileAsALogOnlyWhenItsFirstLinesCarryATimestamp() throws IOException {
        LogReader reader = new LogReader();
        List<LogEntry> lines = new ArrayList<>();
        List<String> head = new ArrayList<>();

        boolean log = reader.readPlain(new StringReader("started\n\nApr 29 15:20:01 node-1 kubelet[2384]: ok\n"),
                "notes.txt", 2, head::add, lines::add, w -> { });
        boolean notes = reader.readPlain(new StringReader("Notes about this dump\nkind: List\nthird\n"),
                "readme.txt", 2, h -> { }, lines::add, w -> { });

        assertThat(log).isTrue();
        assertThat(notes).isFalse();
        assertThat(lines).extracting(e -> e.line().source()).containsExactly("notes.txt:1", "notes.txt:3");
        assertThat(head).containsExactly("started", "", "Apr 29 15:20:01 node-1 kubelet[2384]: ok");
    }
}
