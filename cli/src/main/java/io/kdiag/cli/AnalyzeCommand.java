package io.kdiag.cli;

import io.kdiag.engine.AnalysisOptions;
import io.kdiag.engine.Kdiag;
import io.kdiag.engine.NothingReadableException;
import io.kdiag.engine.render.ReportFormat;
import io.kdiag.engine.report.Report;
import io.kdiag.engine.report.Severity;
import io.kdiag.facts.snapshot.Snapshot;
import io.kdiag.facts.snapshot.SnapshotException;
import io.kdiag.facts.snapshot.SnapshotLoader;
import java.io.IOException;
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
        BackgroundCompile compiling = BackgroundCompile.start(rules::build);
        Snapshot snapshot;
        try {
            snapshot = live ? LiveSnapshot.read(cluster, progress) : readPaths(progress);
        } catch (SnapshotException e) {
            compiling.kdiag();   // a rule error is reported before an input error, as when compiling first
            throw e;
        }
        Kdiag kdiag = compiling.kdiag();
        progress.say("analysing " + snapshot.facts().size() + " facts");
        Report report;
        try {
            report = kdiag.analyzeIfReadable(snapshot, options);
        } catch (NothingReadableException e) {
            spec.commandLine().getErr().println("kdiag: " + e.getMessage());
            return ExitCodes.INPUT;
        }
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
        LoadProgress loading = LoadProgress.start(spec.commandLine().getErr(), paths);
        try {
            return new SnapshotLoader().load(paths);
        } finally {
            loading.close();
        }
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
