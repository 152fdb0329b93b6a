package io.kdiag.facts.snapshot;

import static org.assertj.core.api.Assertions.assertThat;

import io.kdiag.facts.LogLine;
import io.kdiag.facts.signal.CsiError;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LogLinesTest {

    private static LogEntry line(int n, String text) {
        return new LogEntry(new LogLine(text, Instant.parse("2025-05-14T11:45:00Z").plusSeconds(n), "E", null, "",
                "provisioner.log:" + n), null);
    }

    @Test
    void pastTheBoundOnlyLinesThatCarryASignalAreKeptAndAWarningSaysSo() {
        LogLines lines = new LogLines(3);
        for (int n = 1; n <= 5; n++) {
            lines.add(line(n, "I0514 reconciling claim " + n));
        }
        lines.add(line(6, "error syncing claim \"45417194-8792-4e0f-86c6-8d1af802d558\": failed to provision volume with "
                + "StorageClass \"csi-rbd-sc\": rpc error: code = DeadlineExceeded desc = context deadline exceeded"));
        List<SnapshotWarning> warnings = new ArrayList<>();
        List<Object> facts = Signals.recognised(lines.facts(Instant.parse("2025-05-14T12:00:00Z"), warnings::add));

        assertThat(lines.count()).isEqualTo(6);
        assertThat(facts.stream().filter(LogLine.class::isInstance).map(f -> ((LogLine) f).source()))
                .containsExactly("provisioner.log:1", "provisioner.log:2", "provisioner.log:3", "provisioner.log:6");
        assertThat(facts).anyMatch(f -> f instanceof CsiError e && e.isTimeout());
        assertThat(lines.newest()).contains(Instant.parse("2025-05-14T11:45:06Z"));
        assertThat(warnings).singleElement().satisfies(w -> {
            assertThat(w.source()).isEqualTo("provisioner.log:4");
            assertThat(w.message()).isEqualTo("more than 3 log lines: from here on 2 lines that carry no signal were left out");
        });
    }
}
