package io.kdiag.cli;

import io.kdiag.engine.AnalysisOptions;
import io.kdiag.engine.Kdiag;
import io.kdiag.engine.render.RenderOptions;
import io.kdiag.engine.render.ReportFormat;
import io.kdiag.engine.report.Report;
import io.kdiag.engine.report.Severity;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import picocli.CommandLine.Option;

/**
 * The options that shape {@code kdiag analyze}'s report: its format and destination, the clock,
 * which diagnoses it shows and which make the run fail. Every value is typed by picocli through
 * its converter; help and shell completion list the enums' own names.
 */
final class ReportOptions {

    @Option(names = {"-o", "--output", "--format"}, paramLabel = "FORMAT", defaultValue = "text",
            converter = FormatChoice.class, completionCandidates = FormatChoice.class,
            description = "Report format, candidates: ${COMPLETION-CANDIDATES}; default: ${DEFAULT-VALUE}. "
                    + "--format is an alias.")
    ReportFormat format;

    @Option(names = "--output-file", paramLabel = "FILE", description = "Write the report to FILE instead of stdout.")
    Path outputFile;

    @Option(names = "--summary", description = "Text format: print the triage summary alone.")
    boolean summaryOnly;

    @Option(names = "--no-color", description = "No colour, even on a terminal (NO_COLOR=1 does the same).")
    boolean noColor;

    @Option(names = "--now", paramLabel = "TIMESTAMP", converter = Timestamp.class,
            description = "The analysis clock, an ISO-8601 timestamp with its offset such as 2025-11-03T19:52:00Z; "
                    + "default: the snapshot's capture time.")
    Instant now;

    @Option(names = "--min-severity", paramLabel = "LEVEL", defaultValue = "info",
            converter = SeverityChoice.class, completionCandidates = SeverityChoice.class,
            description = "Report only diagnoses at least this grave, candidates: ${COMPLETION-CANDIDATES}; "
                    + "default: ${DEFAULT-VALUE}.")
    Severity minSeverity;

    @Option(names = "--fail-on", paramLabel = "LEVEL",
            converter = SeverityChoice.class, completionCandidates = SeverityChoice.class,
            description = "Exit 1 when a diagnosis is at least this grave, candidates: ${COMPLETION-CANDIDATES}; "
                    + "JUnit XML fails those test cases (default there: medium).")
    Severity failOn;

    /** What the analysis keeps and which clock it reads. */
    AnalysisOptions analysis() {
        AnalysisOptions options = AnalysisOptions.defaults().withMinSeverity(minSeverity);
        return now == null ? options : options.withNow(now);
    }

    /** Whether the report holds a diagnosis at or above {@code --fail-on}. */
    boolean failed(Report report) {
        return failOn != null && report.diagnoses().stream().anyMatch(d -> d.severity().atLeast(failOn));
    }

    /** Writes the report to {@code --output-file}, else to {@code stdout} as the process's terminal allows. */
    void write(Report report, Kdiag kdiag, ProcessContext process, PrintWriter stdout) throws IOException {
        if (outputFile == null) {
            format.write(report, render(kdiag, process, true), stdout);
            return;
        }
        try (Writer out = Files.newBufferedWriter(outputFile, StandardCharsets.UTF_8)) {
            format.write(report, render(kdiag, process, false), out);
        }
    }

    private RenderOptions render(Kdiag kdiag, ProcessContext process, boolean toTerminal) {
        RenderOptions options = RenderOptions.defaults().withRules(kdiag)
                .withFailOn(failOn == null ? Severity.MEDIUM : failOn)
                .withColour(toTerminal && !noColor && process.colourOnStdout())
                .withSummaryOnly(summaryOnly);
        return toTerminal ? process.columns().stream().mapToObj(options::withWidth).findFirst().orElse(options)
                : options;
    }
}
