package io.kdiag.facts;

import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/** Small helpers for the optional timestamps facts carry. */
final class Times {

    private Times() {
    }

    /** The latest of the given instants, ignoring {@code null}s. */
    static Optional<Instant> latest(Instant... instants) {
        return Arrays.stream(instants).filter(Objects::nonNull).max(Instant::compareTo);
    }
}
