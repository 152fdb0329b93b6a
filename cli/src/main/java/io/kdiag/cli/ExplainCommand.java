package io.kdiag.cli;

import io.kdiag.engine.DiagnosisInfo;
import io.kdiag.engine.Kdiag;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code kdiag explain ID}: what a diagnosis means and how its plan goes. */
@Command(name = "explain", mixinStandardHelpOptions = true, description = "Explain a diagnosis id.",
        exitCodeListHeading = "%nExit codes:%n", exitCodeList = {
            "0:the diagnosis was explained",
            "2:usage error, or an id no loaded playbook concludes",
            "3:a rule file failed to compile",
            ExitCodes.INTERNAL_HELP},
        footerHeading = "%nExamples:%n", footer = {
            "  kdiag explain stale-volumeattachment",
            "  kdiag explain my-diagnosis --rules my-rules/"})
final class ExplainCommand implements Callable<Integer> {

    @Parameters(paramLabel = "DIAGNOSIS-ID", description = "For example stale-volumeattachment.")
    String id;

    @Mixin
    RuleOptions rules = new RuleOptions();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Kdiag kdiag = rules.build();
        PrintWriter out = spec.commandLine().getOut();
        DiagnosisInfo info = kdiag.explain(id).orElse(null);
        if (info == null) {
            spec.commandLine().getErr().println("kdiag: unknown diagnosis id '" + id + "'; known: "
                    + String.join(", ", kdiag.diagnosisIds()));
            return ExitCodes.INPUT;
        }
        out.println(info.id() + " (" + info.severity().label() + "), playbook " + info.playbook() + " [" + info.origin() + "]");
        out.println();
        out.println(info.title());
        out.println();
        out.println(info.summary());
        if (!info.explain().isEmpty()) {
            out.println();
            out.println(info.explain());
        }
        out.println();
        out.println("Plan:");
        for (int i = 0; i < info.steps().size(); i++) {
            out.println("  " + (i + 1) + ". " + info.steps().get(i));
        }
        if (!info.prevention().isEmpty()) {
            out.println("Prevent:");
            info.prevention().forEach(p -> out.println("  - " + p));
        }
        if (!info.references().isEmpty()) {
            out.println("References:");
            info.references().forEach(r -> out.println("  " + r));
        }
        out.flush();
        return ExitCodes.OK;
    }
}
