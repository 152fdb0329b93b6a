package io.kdiag.cli;

import io.kdiag.engine.Kdiag;
import io.kdiag.engine.RuleCompilationException;
import io.kdiag.engine.RuleError;
import io.kdiag.engine.capture.CaptureException;
import io.kdiag.facts.snapshot.SnapshotException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The top-level {@code kdiag} command and its error handling. */
@Command(name = "kdiag", mixinStandardHelpOptions = true, versionProvider = KdiagCommand.Version.class,
        description = "Diagnoses Kubernetes storage failures from cluster snapshots.",
        subcommands = {AnalyzeCommand.class, CaptureCommand.class, ExplainCommand.class, RulesCommand.class})
final class KdiagCommand implements Runnable {

    @Option(names = "--debug", scope = CommandLine.ScopeType.INHERIT,
            description = "Print stack traces of errors.")
    boolean debug;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new KdiagCommand());
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
            KdiagCommand root = cl.getCommandSpec().root().userObject() instanceof KdiagCommand k ? k : null;
            if (root != null && root.debug) {
                e.printStackTrace(err);
            }
            if (e instanceof RuleCompilationException rules) {
                for (RuleError error : rules.errors()) {
                    err.println(error);
                }
                err.println("kdiag: " + rules.errors().size() + " rule error(s)");
                return ExitCodes.RULES;
            }
            if (e instanceof SnapshotException || e instanceof CaptureException || e instanceof java.io.IOException
                    || e instanceof IllegalArgumentException) {
                err.println("kdiag: " + e.getMessage());
                return ExitCodes.INPUT;
            }
            err.println("kdiag: internal error: " + e + (root != null && root.debug ? "" : " (run with --debug for details)"));
            return ExitCodes.INPUT;
        });
        return commandLine;
    }

    /** Reports kdiag's version. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"kdiag " + Kdiag.version()};
        }
    }
}
