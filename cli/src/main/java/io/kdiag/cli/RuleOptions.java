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
            description = {"Also load the playbooks in DIR and its sub-folders (repeatable): each .drl file with "
                    + "the .yaml content file of the same name.",
                    "DRL is code that runs inside kdiag: only folders named here are loaded, never a default location. "
                    + "Name only folders you trust."})
    List<Path> folders = new ArrayList<>();

    @Option(names = "--no-builtin-rules", description = "Leave the bundled playbooks out.")
    boolean noBuiltin;

    /** Compiles the chosen playbooks. */
    Kdiag build() throws RuleCompilationException {
        return build(List.of());
    }

    /** Compiles the chosen playbooks and those in more folders. */
    Kdiag build(List<Path> more) throws RuleCompilationException {
        Kdiag.Builder builder = Kdiag.builder().builtinRules(!noBuiltin);
        folders.forEach(builder::addRuleFolder);
        more.forEach(builder::addRuleFolder);
        return builder.build();
    }
}
