package io.kdiag.cli;

import io.kdiag.engine.Kdiag;
import io.kdiag.engine.NothingReadableException;
import io.kdiag.engine.report.Report;
import io.kdiag.facts.snapshot.Snapshot;
import io.kdiag.facts.snapshot.SnapshotException;
import io.kdiag.facts.snapshot.SnapshotLoader;
import java.nio.file.Path;
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
            "3:a rule file failed to compile",
            ExitCodes.INTERNAL_HELP},
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

    @Mixin
    ReportOptions reporting = new ReportOptions();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
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
            report = kdiag.analyzeIfReadable(snapshot, reporting.analysis());
            progress.done();
        } catch (NothingReadableException e) {
            spec.commandLine().getErr().println("kdiag: " + e.getMessage());
            return ExitCodes.INPUT;
        }
        reporting.write(report, kdiag, process, spec.commandLine().getOut());
        return reporting.failed(report) ? ExitCodes.FAILED_ON : ExitCodes.OK;
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
}
