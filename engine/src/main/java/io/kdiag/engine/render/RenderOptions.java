package io.kdiag.engine.render;

import io.kdiag.engine.DiagnosisInfo;
import io.kdiag.engine.Kdiag;
import io.kdiag.engine.report.Severity;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How a report is written, beyond the report itself. Immutable; start from {@link #defaults()}.
 *
 * @param rules what each diagnosis id means and which playbook concludes it: SARIF writes them as
 *     its rules, JUnit XML groups by their playbooks; empty when unknown
 * @param failOn the least grave severity that fails (JUnit XML marks such diagnoses failed)
 * @param colour whether the text format may use ANSI colours
 * @param width the text format's line width, in columns
 * @param summaryOnly whether the text format writes the summary alone
 */
public record RenderOptions(List<DiagnosisInfo> rules, Severity failOn, boolean colour, int width,
        boolean summaryOnly) {

    /** The text width when the terminal's is unknown. */
    public static final int DEFAULT_WIDTH = 100;

    /** The narrowest text width honoured; narrower terminals get this one. */
    public static final int MIN_WIDTH = 40;

    /** Copies the rules; clamps the width. */
    public RenderOptions {
        rules = List.copyOf(rules);
        Objects.requireNonNull(failOn, "failOn");
        width = Math.max(MIN_WIDTH, width);
    }

    /** No rules known, failing on medium, no colour, 100 columns, the whole report. */
    public static RenderOptions defaults() {
        return new RenderOptions(List.of(), Severity.MEDIUM, false, DEFAULT_WIDTH, false);
    }

    /** The same options with what every diagnosis id of these playbooks means. */
    public RenderOptions withRules(Kdiag kdiag) {
        List<DiagnosisInfo> infos = kdiag.diagnosisIds().stream().map(kdiag::explain).flatMap(Optional::stream)
                .toList();
        return new RenderOptions(infos, failOn, colour, width, summaryOnly);
    }

    /** The same options failing on this severity. */
    public RenderOptions withFailOn(Severity level) {
        return new RenderOptions(rules, level, colour, width, summaryOnly);
    }

    /** The same options with or without colour. */
    public RenderOptions withColour(boolean on) {
        return new RenderOptions(rules, failOn, on, width, summaryOnly);
    }

    /** The same options at this text width. */
    public RenderOptions withWidth(int columns) {
        return new RenderOptions(rules, failOn, colour, columns, summaryOnly);
    }

    /** The same options writing the summary alone, or the whole report. */
    public RenderOptions withSummaryOnly(boolean only) {
        return new RenderOptions(rules, failOn, colour, width, only);
    }

    /** What a diagnosis id means, if known. */
    Optional<DiagnosisInfo> rule(String diagnosisId) {
        return rules.stream().filter(r -> r.id().equals(diagnosisId)).findFirst();
    }
}
