package io.kdiag.cli;

import io.kdiag.engine.Kdiag;
import io.kdiag.engine.PlaybookInfo;
import io.kdiag.engine.testkit.CaseResult;
import io.kdiag.engine.testkit.PlaybookTestKit;
import io.kdiag.engine.testkit.TestKitReport;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code kdiag rules}: list, check and test playbooks. */
@Command(name = "rules", mixinStandardHelpOptions = true, description = "List, validate and test playbooks.",
        subcommands = {RulesCommand.ListCommand.class, RulesCommand.ValidateCommand.class,
                RulesCommand.TestCommand.class},
        exitCodeListHeading = "%nExit codes:%n", exitCodeList = {
            "0:done",
            "1:rules test: a test case failed",
            "2:usage or input error",
            "3:a rule file failed to compile",
            ExitCodes.INTERNAL_HELP},
        footerHeading = "%nExamples:%n", footer = {
            "  kdiag rules list",
            "  kdiag rules validate my-rules/",
            "  kdiag rules test my-rules/"})
final class RulesCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** {@code kdiag rules list}: every loaded playbook, where it comes from, and the diagnoses it concludes. */
    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the loaded playbooks.",
            exitCodeListHeading = "%nExit codes:%n", exitCodeList = {
                "0:the playbooks were listed",
                "2:usage error, or a rule folder that cannot be read",
                "3:a rule file failed to compile",
                ExitCodes.INTERNAL_HELP},
            footerHeading = "%nExamples:%n", footer = {
                "  kdiag rules list",
                "  kdiag rules list --rules my-rules/ --no-builtin-rules"})
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
                out.println(playbook.id() + "  [" + playbook.origin() + "]  " + playbook.rules().size() + " rules");
                playbook.diagnoses().forEach((id, title) -> out.println("    " + id + ": " + title));
            }
            out.flush();
            return ExitCodes.OK;
        }
    }

    /** {@code kdiag rules validate DIR...}: compiles and checks playbooks without analysing anything. */
    @Command(name = "validate", mixinStandardHelpOptions = true,
            description = {"Compile and check the playbooks in each DIR, with the bundled ones they build on.",
                    "Prints every error as file:line:column: message and exits 3 when there is one."},
            exitCodeListHeading = "%nExit codes:%n", exitCodeList = {
                "0:every playbook compiled and matches its content file",
                "2:usage error, or a folder that cannot be read",
                "3:a rule file failed to compile or does not match its content",
                ExitCodes.INTERNAL_HELP},
            footerHeading = "%nExamples:%n", footer = {
                "  kdiag rules validate my-rules/",
                "  kdiag rules validate examples/rules/"})
    static final class ValidateCommand implements Callable<Integer> {

        @Parameters(paramLabel = "DIR", arity = "1..*",
                description = "Folders of playbooks (.drl + .yaml), with their sub-folders. "
                        + "DRL is code: name only folders you trust.")
        List<Path> folders;

        @Mixin
        RuleOptions rules = new RuleOptions();

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            Kdiag kdiag = rules.build(folders);
            List<PlaybookInfo> checked = kdiag.playbooks().stream()
                    .filter(p -> !p.origin().equals("builtin")).toList();
            int ruleCount = checked.stream().mapToInt(p -> p.rules().size()).sum();
            int diagnoses = checked.stream().mapToInt(p -> p.diagnoses().size()).sum();
            PrintWriter out = spec.commandLine().getOut();
            out.println("ok: " + checked.size() + " playbook(s), " + ruleCount + " rule(s), " + diagnoses
                    + " diagnosis id(s) in " + String.join(", ", folders.stream().map(Path::toString).toList())
                    + "; no errors");
            out.flush();
            return ExitCodes.OK;
        }
    }

    /** {@code kdiag rules test DIR...}: runs the test cases found under each DIR. */
    @Command(name = "test", mixinStandardHelpOptions = true,
            description = {"Load the playbooks in each DIR and run every test case found under it: a folder "
                    + "holding a snapshot and an expect.yaml.",
                    "Prints PASS or FAIL per case and a summary; exits 1 when a case fails."},
            exitCodeListHeading = "%nExit codes:%n", exitCodeList = {
                "0:every test case passed",
                "1:a test case failed",
                "2:usage error, or no test case found",
                "3:a rule file failed to compile",
                ExitCodes.INTERNAL_HELP},
            footerHeading = "%nExamples:%n", footer = {
                "  kdiag rules test my-rules/",
                "  kdiag rules test examples/rules/"})
    static final class TestCommand implements Callable<Integer> {

        @Parameters(paramLabel = "DIR", arity = "1..*",
                description = "Folders of playbooks and their cases. DRL is code: name only folders you trust.")
        List<Path> folders;

        @Mixin
        RuleOptions rules = new RuleOptions();

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            PlaybookTestKit kit = PlaybookTestKit.of(rules.build(folders));
            List<CaseResult> results = new ArrayList<>();
            for (Path folder : folders) {
                results.addAll(kit.run(folder).cases());
            }
            TestKitReport report = new TestKitReport(results);
            PrintWriter out = spec.commandLine().getOut();
            results.forEach(out::println);
            out.println(report.summary());
            out.flush();
            if (results.isEmpty()) {
                spec.commandLine().getErr().println("kdiag: no test cases (folders holding "
                        + PlaybookTestKit.EXPECT_FILE + ") under " + String.join(", ",
                        folders.stream().map(Path::toString).toList()));
                return ExitCodes.INPUT;
            }
            return report.passed() ? ExitCodes.OK : ExitCodes.FAILED_ON;
        }
    }
}
