package io.kdiag.facts.snapshot;

import io.kdiag.facts.KubeObject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Chooses when a snapshot was taken, and warns about timestamps in its future (a node or a
 * controller with a wrong clock, an object stamped in the year 2999). The rule is in
 * docs/input.md:
 *
 * <ol>
 *   <li>A capture time the dump records wins. A timestamp more than {@link #RECORDED_SLACK}
 *       after it is in the future.
 *   <li>Otherwise the snapshot is dated by the newest timestamp of its objects and logs that is
 *       not in the future. With every object's newest timestamp in order, a timestamp is in the
 *       future when it is more than {@link #GAP} after the next older one and it and the
 *       timestamps after it are a small minority (at most {@link #MINORITY_PERCENT}% of all,
 *       and at least one may always be).
 * </ol>
 *
 * Each timestamp in the future is a warning naming its object and source; it never becomes the
 * analysis clock.
 */
final class SnapshotClock {

    /** How far past the next older timestamp a newest one must lie to be in the future. */
    static final Duration GAP = Duration.ofDays(365);
    /** How far past a recorded capture time an object's timestamp may lie (clocks drift a little). */
    static final Duration RECORDED_SLACK = Duration.ofDays(1);
    static final int MINORITY_PERCENT = 1;

    private SnapshotClock() {
    }

    /** One dated piece of evidence: an object, or the newest log line. */
    record Stamp(Instant time, String source, String what) {
    }

    /**
     * The capture time.
     *
     * @param recorded the capture time a dump records, or {@code null}
     * @param objects the facts built from objects
     * @param newestLog the newest full timestamp of the logs, if any
     * @param warnings receives one warning for each timestamp in the future
     * @return the capture time, or {@code null} when nothing is dated
     */
    static Instant capturedAt(Instant recorded, List<Object> objects, Optional<Instant> newestLog,
            Consumer<SnapshotWarning> warnings) {
        List<Stamp> stamps = new ArrayList<>();
        for (Object fact : objects) {
            if (fact instanceof KubeObject object) {
                object.latestTimestamp().ifPresent(t -> stamps.add(new Stamp(t, object.source(), object.ref().toString())));
            }
        }
        newestLog.ifPresent(t -> stamps.add(new Stamp(t, "logs", "the newest log line")));
        stamps.sort(Comparator.comparing(Stamp::time).thenComparing(Stamp::source));
        if (recorded != null) {
            Instant limit = recorded.plus(RECORDED_SLACK);
            stamps.stream().filter(s -> s.time().isAfter(limit)).forEach(s -> warnings.accept(future(s,
                    "after the capture time the dump records (" + recorded + ")")));
            return recorded;
        }
        if (stamps.isEmpty()) {
            return null;
        }
        int cut = futureFrom(stamps);
        for (int i = cut; i < stamps.size(); i++) {
            warnings.accept(future(stamps.get(i), "more than " + GAP.toDays() + " days after every other timestamp"
                    + " in the snapshot (" + stamps.get(cut - 1).time() + " is the newest of those)"));
        }
        return stamps.get(cut - 1).time();
    }

    /** The index of the oldest timestamp in the future, or the size when none is. */
    private static int futureFrom(List<Stamp> stamps) {
        int n = stamps.size();
        int minority = Math.max(1, n * MINORITY_PERCENT / 100);
        int cut = n;
        for (int i = n - 1; i >= 1 && i >= n - minority; i--) {
            if (Duration.between(stamps.get(i - 1).time(), stamps.get(i).time()).compareTo(GAP) > 0) {
                cut = i;
            }
        }
        return cut;
    }

    private static SnapshotWarning future(Stamp stamp, String why) {
        return new SnapshotWarning(stamp.source(), stamp.what() + " is stamped " + stamp.time() + ", " + why
                + ": a clock is wrong (clock skew); this time is not used as the analysis clock, and ages measured"
                + " from it are not trusted");
    }
}
