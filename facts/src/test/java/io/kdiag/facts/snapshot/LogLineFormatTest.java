package io.kdiag.facts.snapshot;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalTime;
import java.time.MonthDay;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class LogLineFormatTest {

    private final LogLineFormat format = new LogLineFormat();

    static Stream<Arguments> yearlessLines() {
        return Stream.of(
                Arguments.of("classic klog",
                        "E0514 11:45:34.213536       1 controller.go:910] error syncing claim \"45417194\": failed",
                        "05-14", "11:45:34.213536", "E", "error syncing claim \"45417194\": failed"),
                Arguments.of("structured klog",
                        "I0421 19:54:28.043345 1 reconciler.go:222] \"msg text\" key=\"value\" pod=\"ns/name\"",
                        "04-21", "19:54:28.043345", "I", "\"msg text\" key=\"value\" pod=\"ns/name\""),
                Arguments.of("klog warning",
                        "W0421 19:54:28.043345       1 reconciler.go:222] attacherDetacher.DetachVolume started",
                        "04-21", "19:54:28.043345", "W", "attacherDetacher.DetachVolume started"),
                Arguments.of("journald with host",
                        "Apr 29 15:20:01 node-1 kubelet[2384]: Error: volume not ready",
                        "04-29", "15:20:01", "", "Error: volume not ready"),
                Arguments.of("journald without host",
                        "Apr  9 15:20:01 kubelet[2384]: started",
                        "04-09", "15:20:01", "", "started"),
                Arguments.of("journald wrapping klog",
                        "Apr 29 15:20:01 node-1 kubelet[2384]: E0429 15:20:00.999000    2384 kubelet.go:100] \"PreStop hook not completed in grace period\" pod=\"a/b\"",
                        "04-29", "15:20:01", "E", "\"PreStop hook not completed in grace period\" pod=\"a/b\""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("yearlessLines")
    void readsYearlessTimestampsSeverityAndMessage(String format, String line, String day, String time,
            String severity, String message) {
        LogLineFormat.Parsed parsed = this.format.parse(line);

        assertThat(parsed.time()).isNull();
        assertThat(parsed.yearless()).isEqualTo(new YearlessTime(MonthDay.parse("--" + day), LocalTime.parse(time)));
        assertThat(parsed.severity()).isEqualTo(severity);
        assertThat(parsed.message()).isEqualTo(message);
    }

    static Stream<Arguments> datedLines() {
        return Stream.of(
                Arguments.of("kubectl logs --timestamps",
                        "2025-11-03T19:40:01.123456789Z I1103 19:40:01.123000       1 controller.go:1] started",
                        "2025-11-03T19:40:01.123456789Z", "I", "started"),
                Arguments.of("--timestamps with an offset, plain text",
                        "2025-11-03T21:40:01+02:00 plain message", "2025-11-03T19:40:01Z", "", "plain message"),
                Arguments.of("klog JSON",
                        "{\"ts\":1762198801.5,\"caller\":\"controller.go:910\",\"msg\":\"error syncing claim\",\"v\":0,\"claim\":\"media/data\",\"err\":\"rpc error: code = Aborted desc = x\"}",
                        "2025-11-03T19:40:01.500Z", "E",
                        "error syncing claim claim=\"media/data\" err=\"rpc error: code = Aborted desc = x\""),
                Arguments.of("zap JSON",
                        "{\"level\":\"warn\",\"ts\":\"2025-11-03T19:40:01.000Z\",\"msg\":\"slow\",\"attempt\":3}",
                        "2025-11-03T19:40:01Z", "W", "slow attempt=3"),
                Arguments.of("--timestamps wrapping JSON",
                        "2025-11-03T19:40:02Z {\"ts\":1762198801.5,\"msg\":\"hi\",\"v\":0}",
                        "2025-11-03T19:40:02Z", "I", "hi"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("datedLines")
    void readsFullTimestamps(String format, String line, String time, String severity, String message) {
        LogLineFormat.Parsed parsed = this.format.parse(line);

        assertThat(parsed.time()).isEqualTo(Instant.parse(time));
        assertThat(parsed.yearless()).isNull();
        assertThat(parsed.severity()).isEqualTo(severity);
        assertThat(parsed.message()).isEqualTo(message);
    }

    @Test
    void aLineWithoutTimestampIsAllMessage() {
        String bare = "\"PreStop hook not completed in grace period\" pod=\"prod/web-68c6fc9b7d-26fwh\" "
                + "podUID=f5d85c9b-ed4e-44d4-a075-7eb277ddcc85 gracePeriod=300";

        for (String line : new String[] {bare, "\tat io.grpc.Status.asRuntimeException(Status.java:535)",
                "E1399 11:45:34.213536 1 x.go:1] month 13", "{not json}", "{\"kind\":\"Pod\"}"}) {
            LogLineFormat.Parsed parsed = format.parse(line);
            assertThat(parsed.hasTimestamp()).as(line).isFalse();
            assertThat(parsed.message()).isEqualTo(line);
            assertThat(parsed.severity()).isEmpty();
        }
    }
}
