package io.kdiag.cli;

import io.kdiag.engine.Kdiag;
import io.kdiag.engine.RuleCompilationException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** The options that choose playbooks, shared by the commands that load them. */
final class RuleOptions {

    @Option(names = "--rules", paramLabel = "DIR",
            description = "Also load the playbooks in DIR (repeatable). DRL is code: name only folders you trust.")
    List<Path> folders = new ArrayList<>();

    @Option(names = "--no-builtin-rules", description = "Leave the bundled playbooks out.")
    boolean noBuiltin;

    /** Compiles the chosen playbooks. */
    Kdiag build() throws RuleCompilationException {
        Kdiag.Builder builder = Kdiag.builder().builtinRules(!noBuiltin);
        folders.forEach(builder::addRuleFolder);
        return builder.build();
    }
}
