package io.kdiag.cli;

import io.kdiag.engine.AnalysisOptions;
import io.kdiag.engine.Kdiag;
import io.kdiag.engine.render.ReportFormat;
import io.kdiag.engine.report.Report;
import io.kdiag.engine.report.Severity;
import io.kdiag.facts.snapshot.Snapshot;
import io.kdiag.facts.snapshot.SnapshotException;
import io.kdiag.facts.snapshot.SnapshotLoader;
import io.kdiag.facts.snapshot.SnapshotWarning;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code kdiag analyze}: reads a snapshot, runs the playbooks and writes the report. */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = "Analyse cluster snapshots (files, folders, dumps) and print ranked diagnoses.")
final class AnalyzeCommand implements Callable<Integer> {

    @Parameters(paramLabel = "PATH", arity = "0..*", description = "Files or folders; several merge into one snapshot.")
    List<Path> paths = List.of();

    @Option(names = "--live", description = "Read the cluster itself (read-only, as kdiag capture does) instead of PATHs.")
    boolean live;

    @Mixin
    ClusterOptions cluster = new ClusterOptions();

    @Mixin
    RuleOptions rules = new RuleOptions();

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text, json, yaml, markdown or html (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the report to FILE instead of stdout.")
    Path output;

    @Option(names = "--now", paramLabel = "TIMESTAMP",
            description = "The analysis clock (RFC 3339); default: the snapshot's capture time.")
    String now;

    @Option(names = "--min-severity", paramLabel = "LEVEL", defaultValue = "info",
            description = "Report only diagnoses at least this grave: critical, high, medium, low, info.")
    String minSeverity;

    @Option(names = "--fail-on", paramLabel = "LEVEL",
            description = "Exit 1 when a diagnosis is at least this grave.")
    String failOn;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        ReportFormat reportFormat = ReportFormat.of(format);
        AnalysisOptions options = AnalysisOptions.defaults().withMinSeverity(Severity.of(minSeverity));
        if (now != null) {
            options = options.withNow(parseInstant(now));
        }
        Severity failLevel = failOn == null ? null : Severity.of(failOn);
        checkInput();
        Progress progress = new Progress(spec.commandLine().getErr());
        progress.say("compiling playbooks");
        Kdiag kdiag = rules.build();
        Snapshot snapshot = live ? LiveSnapshot.read(cluster, progress) : readPaths(progress);
        if (snapshot.isEmpty()) {
            return nothingToAnalyze(snapshot);
        }
        progress.say("analysing " + snapshot.facts().size() + " facts");
        Report report = kdiag.analyze(snapshot, options);
        write(report, reportFormat);
        boolean failed = failLevel != null && report.diagnoses().stream().anyMatch(d -> d.severity().atLeast(failLevel));
        return failed ? ExitCodes.FAILED_ON : ExitCodes.OK;
    }

    /** PATHs or {@code --live}, not both; cluster options only with {@code --live}. */
    private void checkInput() {
        if (live && !paths.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "--live reads the cluster: give no PATH with it");
        }
        if (!live && paths.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "Missing required parameter: 'PATH' (or --live)");
        }
        if (!live && cluster.anyGiven()) {
            throw new ParameterException(spec.commandLine(), "cluster options need --live");
        }
    }

    private Snapshot readPaths(Progress progress) throws SnapshotException {
        progress.say("reading " + paths.size() + " path(s)");
        return new SnapshotLoader().load(paths);
    }

    /** Nothing readable was found: one line naming the first problem, and how many others there were. */
    private int nothingToAnalyze(Snapshot snapshot) {
        PrintWriter err = spec.commandLine().getErr();
        List<SnapshotWarning> warnings = snapshot.warnings();
        if (warnings.isEmpty()) {
            err.println("kdiag: nothing to analyze in " + String.join(", ", snapshot.sources())
                    + ": no Kubernetes objects found");
        } else {
            SnapshotWarning first = warnings.get(0);
            String more = warnings.size() == 1 ? "" : " (and " + (warnings.size() - 1) + " more problems)";
            err.println("kdiag: nothing to analyze: " + first.source() + ": " + first.message() + more);
        }
        return ExitCodes.INPUT;
    }

    private void write(Report report, ReportFormat reportFormat) throws IOException {
        if (output == null) {
            reportFormat.write(report, spec.commandLine().getOut());
            return;
        }
        try (Writer out = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
            reportFormat.write(report, out);
        }
    }

    private static Instant parseInstant(String text) {
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("--now: not an RFC 3339 timestamp: " + text, e);
        }
    }
}
