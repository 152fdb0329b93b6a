package io.kdiag.facts.snapshot;

import java.time.Instant;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.ZoneOffset;

/**
 * A log timestamp without a year, as klog ({@code E0514 11:45:34.213536}) and syslog
 * ({@code Apr 29 15:20:01}) print it, read as UTC (the time zone of nearly every container and
 * of the nodes kdiag is pointed at).
 *
 * <p>The year is the capture year of the snapshot, unless the line would then be more than a
 * day after the capture: a December line in a January capture belongs to the previous year.
 * The day of slack keeps lines written a little after the newest object (a clock skew, a log
 * collected after the objects) in the capture year. A 29 February goes to the latest leap year.
 *
 * @param day the month and day
 * @param time the time of day
 */
record YearlessTime(MonthDay day, LocalTime time) {

    private static final long SLACK_SECONDS = 24 * 3600;
    private static final int MAX_YEARS_BACK = 8;

    /** The instant this time names in the year that puts it at or before the capture time. */
    Instant in(Instant captured) {
        Instant latest = captured.plusSeconds(SLACK_SECONDS);
        int year = captured.atOffset(ZoneOffset.UTC).getYear();
        for (int back = 0; back <= MAX_YEARS_BACK; back++) {
            int candidateYear = year - back;
            if (day.isValidYear(candidateYear)) {
                Instant candidate = day.atYear(candidateYear).atTime(time).toInstant(ZoneOffset.UTC);
                if (!candidate.isAfter(latest)) {
                    return candidate;
                }
            }
        }
        throw new IllegalStateException("no year within " + MAX_YEARS_BACK + " years for " + day);
    }
}
