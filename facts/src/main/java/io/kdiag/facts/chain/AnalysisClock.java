package io.kdiag.facts.chain;

import java.time.Duration;
import java.time.Instant;

/**
 * The time the analysis treats as now: the snapshot's capture time or the time the user gave.
 * Rules use it for every duration ("NotReady for 12 minutes"); the wall clock never enters.
 *
 * @param now the analysis time
 */
public record AnalysisClock(Instant now) {

    /** How long before now the instant was, or zero when it is unknown or later. */
    public Duration since(Instant instant) {
        if (instant == null || instant.isAfter(now)) {
            return Duration.ZERO;
        }
        return Duration.between(instant, now);
    }

    /** Whole minutes since the instant. */
    public long minutesSince(Instant instant) {
        return since(instant).toMinutes();
    }
}
