package io.kdiag.engine;

import io.kdiag.engine.report.Severity;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * How to run one analysis. Immutable; the {@code with...} methods return changed copies.
 *
 * <pre>{@code
 * AnalysisOptions options = AnalysisOptions.defaults()
 *         .withNow(Instant.parse("2025-11-03T20:00:00Z"))
 *         .withMinSeverity(Severity.MEDIUM);
 * }</pre>
 */
public final class AnalysisOptions {

    private static final AnalysisOptions DEFAULTS = new AnalysisOptions(null, Severity.INFO);

    private final Instant now;
    private final Severity minSeverity;

    private AnalysisOptions(Instant now, Severity minSeverity) {
        this.now = now;
        this.minSeverity = Objects.requireNonNull(minSeverity, "minSeverity");
    }

    /** The snapshot's own clock and every severity. */
    public static AnalysisOptions defaults() {
        return DEFAULTS;
    }

    /** These options with the analysis clock set; the snapshot's capture time is then ignored. */
    public AnalysisOptions withNow(Instant instant) {
        return new AnalysisOptions(Objects.requireNonNull(instant, "now"), minSeverity);
    }

    /** These options reporting only diagnoses at least as grave as {@code severity}. */
    public AnalysisOptions withMinSeverity(Severity severity) {
        return new AnalysisOptions(now, severity);
    }

    /** The analysis clock, when set. */
    public Optional<Instant> now() {
        return Optional.ofNullable(now);
    }

    /** The least severity reported. */
    public Severity minSeverity() {
        return minSeverity;
    }
}
