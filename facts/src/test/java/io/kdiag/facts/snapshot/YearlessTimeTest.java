package io.kdiag.facts.snapshot;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalTime;
import java.time.MonthDay;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class YearlessTimeTest {

    @ParameterizedTest(name = "{0} {1} captured {2} -> {3}")
    @CsvSource({
        "--05-14, 11:45:34.213536, 2025-11-03T19:40:00Z, 2025-05-14T11:45:34.213536Z",
        "--12-31, 23:59:00,        2026-01-01T00:10:00Z, 2025-12-31T23:59:00Z",
        "--01-01, 00:20:00,        2026-01-01T00:10:00Z, 2026-01-01T00:20:00Z",
        "--11-04, 10:00:00,        2025-11-03T19:40:00Z, 2025-11-04T10:00:00Z",
        "--11-05, 10:00:00,        2025-11-03T19:40:00Z, 2024-11-05T10:00:00Z",
        "--02-29, 08:00:00,        2026-03-01T00:00:00Z, 2024-02-29T08:00:00Z",
        "--02-29, 08:00:00,        2024-03-01T00:00:00Z, 2024-02-29T08:00:00Z",
    })
    void takesTheYearThatPutsTheLineAtOrBeforeTheCapture(String day, String time, String captured, String expected) {
        YearlessTime yearless = new YearlessTime(MonthDay.parse(day), LocalTime.parse(time));

        assertThat(yearless.in(Instant.parse(captured))).isEqualTo(Instant.parse(expected));
    }
}
