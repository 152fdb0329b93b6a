package io.kdiag.facts.snapshot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The timestamps objects carry read exactly as the ISO formatter reads them, with or without its help. */
class MetaInstantTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "2025-11-03T19:52:00Z", "2024-02-29T23:59:59Z", "0001-01-01T00:00:00Z", "9999-12-31T23:59:59Z",
        "2025-11-03T19:52:00.123456Z", "2025-11-03T19:52:00+02:00", "2025-11-03t19:52:00z",
        "2025-11-03T19:52Z",
    })
    void readsWhatTheIsoFormatterReads(String timestamp) {
        assertThat(Meta.instant(timestamp)).isEqualTo(OffsetDateTime.parse(timestamp).toInstant());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "2023-02-29T10:00:00Z", "2025-13-01T10:00:00Z", "2025-04-31T10:00:00Z", "2025-11-03T24:00:00Z",
        "2025-11-03T23:60:00Z", "2025-11-03T23:59:60Z", "2025-11-0xT10:00:00Z", "2025-11-03 10:00:00Z",
    })
    void refusesWhatTheIsoFormatterRefuses(String timestamp) {
        assertThatThrownBy(() -> Meta.instant(timestamp))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("not a timestamp: " + timestamp);
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"", "  "})
    void blankIsNoTime(String timestamp) {
        assertThat(Meta.instant(timestamp)).isNull();
    }
}
