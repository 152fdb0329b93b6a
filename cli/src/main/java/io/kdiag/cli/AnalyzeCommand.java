package io.kdiag.cli;

import io.kdiag.engine.AnalysisOptions;
import io.kdiag.engine.Kdiag;
import io.kdiag.engine.NothingReadableException;
import io.kdiag.engine.render.RenderOptions;
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
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code kdiag analyze}: reads a snapshot, runs the playbooks and writes the report. */
@Command(name = "analyze", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Analyse cluster snapshots (files, folders, dumps, archives, logs, or - for standard input) "
                + "and print ranked diagnoses: a triage summary first, then each diagnosis with its chain and plan.",
        exitCodeListHeading = "%nExit codes:%n", exitCodeList = {
            "0:the analysis ran, whatever it found",
            "1:a diagnosis at or above --fail-on",
            "2:usage or input error that left nothing to analyse",
            "3:a rule file failed to compile"},
        footerHeading = "%nExamples:%n", footer = {
            "  kdiag analyze dump/                          # a folder, archive or must-gather",
            "  kubectl get nodes,pods,events,pvc,pv,volumeattachments,statefulsets,deployments,daemonsets,replicasets \\",
            "      -A -o yaml | kdiag analyze -",
            "  kdiag analyze dump/ -o markdown --output-file report.md",
            "  kdiag analyze dump/ -o sarif --output-file kdiag.sarif",
            "  kdiag analyze dump/ -o junit --fail-on high > kdiag-junit.xml",
            "  kdiag analyze dump/ --summary --min-severity medium"})
final class AnalyzeCommand implements Callable<Integer> {

    /** The path that names standard input. */
    static final String STDIN = "-";

    @Parameters(paramLabel = "PATH", arity = "0..*",
            description = "Files or folders; several merge into one snapshot. - reads standard input.")
    List<String> paths = List.of();

    @Option(names = "--live", description = "Read the cluster itself (read-only, as kdiag capture does) instead of PATHs.")
    boolean live;

    @Mixin
    ClusterOptions cluster = new ClusterOptions();

    @Mixin
    RuleOptions rules = new RuleOptions();

    @Option(names = {"-o", "--output", "--format"}, paramLabel = "FORMAT", defaultValue = "text",
            converter = FormatConverter.class, completionCandidates = FormatConverter.Names.class,
            description = "Report format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}). "
                    + "--format is an alias.")
    ReportFormat format;

    @Option(names = "--output-file", paramLabel = "FILE", description = "Write the report to FILE instead of stdout.")
    Path outputFile;

    @Option(names = "--summary", description = "Text format: print the triage summary alone.")
    boolean summaryOnly;

    @Option(names = "--no-color", description = "No colour, even on a terminal (NO_COLOR=1 does the same).")
    boolean noColor;

    @Option(names = "--now", paramLabel = "TIMESTAMP",
            description = "The analysis clock (RFC 3339); default: the snapshot's capture time.")
    String now;

    @Option(names = "--min-severity", paramLabel = "LEVEL", defaultValue = "info",
            description = "Report only diagnoses at least this grave: critical, high, medium, low, info.")
    String minSeverity;

    @Option(names = "--fail-on", paramLabel = "LEVEL",
            description = "Exit 1 when a diagnosis is at least this grave; JUnit XML fails those test cases "
                    + "(default there: medium).")
    String failOn;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        AnalysisOptions options = AnalysisOptions.defaults().withMinSeverity(Severity.of(minSeverity));
        if (now != null) {
            options = options.withNow(parseInstant(now));
        }
        Severity failLevel = failOn == null ? null : Severity.of(failOn);
        checkInput();
        ProcessContext process = KdiagCommand.process(spec);
        Report report;
        Kdiag kdiag;
        try (Progress progress = new Progress(spec.commandLine().getErr(), process.terminal(), 3)) {
            progress.say("compiling playbooks");
            BackgroundCompile compiling = BackgroundCompile.start(rules::build);
            Snapshot snapshot;
            try {
                snapshot = live ? LiveSnapshot.read(cluster, progress) : readPaths(process, progress);
            } catch (SnapshotException e) {
                compiling.kdiag();   // a rule error is reported before an input error, as when compiling first
                throw e;
            }
            progress.done();
            kdiag = compiling.kdiag();
            progress.done();
            progress.say("analysing " + snapshot.facts().size() + " facts");
            report = kdiag.analyzeIfReadable(snapshot, options);
            progress.done();
        } catch (NothingReadableException e) {
            spec.commandLine().getErr().println("kdiag: " + e.getMessage());
            return ExitCodes.INPUT;
        }
        write(report, renderOptions(kdiag, failLevel, process));
        boolean failed = failLevel != null && report.diagnoses().stream().anyMatch(d -> d.severity().atLeast(failLevel));
        return failed ? ExitCodes.FAILED_ON : ExitCodes.OK;
    }

    private RenderOptions renderOptions(Kdiag kdiag, Severity failLevel, ProcessContext process) {
        boolean toTerminal = outputFile == null;
        RenderOptions options = RenderOptions.defaults().withRules(kdiag)
                .withFailOn(failLevel == null ? Severity.MEDIUM : failLevel)
                .withColour(toTerminal && !noColor && process.colourOnStdout())
                .withSummaryOnly(summaryOnly);
        return toTerminal ? process.columns().stream().mapToObj(options::withWidth).findFirst().orElse(options)
                : options;
    }

    /** PATHs, {@code -} alone, or {@code --live}; cluster options only with {@code --live}. */
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
        if (paths.contains(STDIN) && paths.size() > 1) {
            throw new ParameterException(spec.commandLine(), "'-' reads a snapshot from standard input alone; "
                    + "give either - or paths");
        }
    }

    private Snapshot readPaths(ProcessContext process, Progress progress) throws SnapshotException {
        if (paths.contains(STDIN)) {
            progress.say("reading standard input");
            return new SnapshotLoader().read("stdin", process.stdin());
        }
        progress.say("reading " + String.join(", ", paths));
        return new SnapshotLoader().load(paths.stream().map(Path::of).toList());
    }

    private void write(Report report, RenderOptions options) throws IOException {
        if (outputFile == null) {
            format.write(report, options, spec.commandLine().getOut());
            return;
        }
        try (Writer out = Files.newBufferedWriter(outputFile, StandardCharsets.UTF_8)) {
            format.write(report, options, out);
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
