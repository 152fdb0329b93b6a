package io.kdiag.cli;

import io.kdiag.engine.Kdiag;
import io.kdiag.engine.RuleCompilationException;
import io.kdiag.engine.RuleError;
import io.kdiag.engine.capture.CaptureException;
import io.kdiag.facts.snapshot.SnapshotException;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The top-level {@code kdiag} command and its error handling. */
@Command(name = "kdiag", mixinStandardHelpOptions = true, versionProvider = KdiagCommand.Version.class,
        description = "Diagnoses Kubernetes storage failures from cluster snapshots.",
        subcommands = {AnalyzeCommand.class, CaptureCommand.class, ExplainCommand.class, RulesCommand.class,
                CompletionCommand.class},
        exitCodeListHeading = "%nExit codes:%n", exitCodeList = {
            "0:the analysis ran, whatever it found",
            "1:a diagnosis at or above --fail-on; a failed playbook test case",
            "2:usage or input error that left nothing to analyse",
            "3:a rule file failed to compile",
            ExitCodes.INTERNAL_HELP},
        footerHeading = "%nExamples:%n", footer = {
            "  kdiag analyze dump/                              # triage summary, then details",
            "  kdiag analyze must-gather.tar.gz -o html --output-file report.html",
            "  kdiag explain stale-volumeattachment",
            "  source <(kdiag completion bash)"})
final class KdiagCommand implements Runnable {

    private final ProcessContext process;

    @Option(names = "--debug", scope = CommandLine.ScopeType.INHERIT,
            description = "Print stack traces of errors.")
    boolean debug;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private KdiagCommand(ProcessContext process) {
        this.process = process;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The process a subcommand runs in: its stdin, terminal and environment. */
    static ProcessContext process(CommandLine.Model.CommandSpec spec) {
        return ((KdiagCommand) spec.root().userObject()).process;
    }

    /** The command line of this process. */
    static CommandLine commandLine() {
        return commandLine(ProcessContext.system());
    }

    /** The command line of a process with these standard input, terminal and environment. */
    static CommandLine commandLine(ProcessContext process) {
        CommandLine commandLine = new CommandLine(new KdiagCommand(process));
        commandLine.setOut(new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true));
        commandLine.setErr(new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        commandLine.setParameterExceptionHandler((e, args) -> {
            PrintWriter err = e.getCommandLine().getErr();
            err.println("kdiag: " + e.getMessage());
            err.println("Try '" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help'.");
            return ExitCodes.INPUT;
        });
        commandLine.setExecutionExceptionHandler((e, cl, parsed) -> {
            PrintWriter err = cl.getErr();
            boolean debug = ((KdiagCommand) cl.getCommandSpec().root().userObject()).debug;
            if (debug) {
                e.printStackTrace(err);
            }
            if (e instanceof RuleCompilationException rules) {
                for (RuleError error : rules.errors()) {
                    err.println(error);
                }
                err.println("kdiag: " + rules.errors().size() + " rule error(s)");
                return ExitCodes.RULES;
            }
            if (e instanceof SnapshotException || e instanceof CaptureException || e instanceof IOException) {
                err.println("kdiag: " + e.getMessage());
                return ExitCodes.INPUT;
            }
            err.println("kdiag: internal error: " + firstLine(e) + (debug ? "" : " (run with --debug for details)"));
            return ExitCodes.INTERNAL;
        });
        return commandLine;
    }

    /** The exception's own first line: a wrapped failure's message can run over many. */
    private static String firstLine(Exception e) {
        return e.toString().lines().findFirst().orElse(e.getClass().getName());
    }

    /** Reports kdiag's version. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"kdiag " + Kdiag.version()};
        }
    }
}
