package io.kdiag.cli;

import io.kdiag.engine.Kdiag;
import io.kdiag.engine.PlaybookInfo;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code kdiag rules}: the playbooks kdiag runs. */
@Command(name = "rules", mixinStandardHelpOptions = true, description = "List and check playbooks.",
        subcommands = {RulesCommand.ListCommand.class})
final class RulesCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** {@code kdiag rules list}: every loaded playbook and the diagnoses it concludes. */
    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the loaded playbooks.")
    static final class ListCommand implements Callable<Integer> {

        @Mixin
        RuleOptions rules = new RuleOptions();

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            Kdiag kdiag = rules.build();
            PrintWriter out = spec.commandLine().getOut();
            for (PlaybookInfo playbook : kdiag.playbooks()) {
                out.println(playbook.id() + "  [" + playbook.origin() + "]");
                playbook.diagnoses().forEach(d -> out.println("    " + d));
            }
            out.flush();
            return ExitCodes.OK;
        }
    }
}
