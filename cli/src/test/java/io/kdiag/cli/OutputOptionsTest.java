package io.kdiag.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** kubectl's habits: {@code -o FORMAT}, {@code --output-file}, {@code -} for stdin, colour, width, help, completion. */
class OutputOptionsTest {

    private static final String STALE = CliRun.fixture("stale-volumeattachment");
    private static final String ESC = "\u001B[";

    @ParameterizedTest
    @ValueSource(strings = {"-o", "--output", "--format"})
    void dashOIsTheFormatAsInKubectl(String flag) {
        CliRun run = CliRun.of("analyze", STALE, flag, "json");
        assertThat(run.exitCode()).isZero();
        assertThat(run.json().path("diagnoses").get(0).path("id").asText()).isEqualTo("stale-volumeattachment");
        assertThat(Path.of("json")).doesNotExist();
    }

    @Test
    void aValueThatIsNotAFormatIsAUsageErrorNeverAFileName() {
        CliRun run = CliRun.of("analyze", STALE, "-o", "report.json");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("'report.json' is not a report format")
                .contains("text, json, yaml, markdown, html, sarif, junit").contains("--output-file");
        assertThat(Path.of("report.json")).doesNotExist();
    }

    @Test
    void outputFileTakesTheReportAndStdoutStaysEmpty(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("kdiag.sarif");
        CliRun run = CliRun.in(context(new FakeTerminal(true, false, 80), Map.of()),
                "analyze", STALE, "-o", "sarif", "--output-file", file.toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEmpty();
        assertThat(Files.readString(file)).contains("\"version\": \"2.1.0\"").doesNotContain(ESC);
    }

    @Test
    void dashReadsTheSnapshotFromStandardInput() throws IOException {
        byte[] yaml = Files.readAllBytes(Path.of(STALE, "cluster.yaml"));
        CliRun run = CliRun.in(new ProcessContext(new ByteArrayInputStream(yaml), FakeTerminal.NONE, Map.of()),
                "analyze", "-", "-o", "json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.json().path("snapshot").path("sources").get(0).asText()).isEqualTo("stdin");
        assertThat(run.ids()).isEqualTo(CliRun.analyzeJson("stale-volumeattachment").ids());
        assertThat(run.diagnoses().get(0).path("chain").get(0).path("evidence").get(0).path("source").asText())
                .matches("stdin:\\d+");
    }

    @Test
    void dashAndPathsTogetherIsAUsageError() {
        CliRun run = CliRun.of("analyze", "-", STALE);
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("standard input alone");
    }

    @Test
    void colourOnlyWhenStdoutIsATerminalAndNobodySaidNo() {
        FakeTerminal terminal = new FakeTerminal(true, false, 100);
        assertThat(CliRun.in(context(terminal, Map.of()), "analyze", STALE).out()).contains(ESC + "1;31mCRITICAL");
        assertThat(CliRun.in(context(terminal, Map.of("NO_COLOR", "1")), "analyze", STALE).out()).doesNotContain(ESC);
        assertThat(CliRun.in(context(terminal, Map.of()), "analyze", STALE, "--no-color").out()).doesNotContain(ESC);
        assertThat(CliRun.in(context(FakeTerminal.NONE, Map.of()), "analyze", STALE).out()).doesNotContain(ESC);
        assertThat(CliRun.in(context(terminal, Map.of()), "analyze", STALE, "-o", "json").out()).doesNotContain(ESC);
    }

    @Test
    void textWrapsToColumnsOrTheTerminalWidth() {
        assertWidth(CliRun.in(context(FakeTerminal.NONE, Map.of("COLUMNS", "60")), "analyze", STALE).out(), 60);
        assertWidth(CliRun.in(context(new FakeTerminal(true, false, 72), Map.of()), "analyze", STALE, "--no-color")
                .out(), 72);
        String wide = CliRun.in(context(FakeTerminal.NONE, Map.of()), "analyze", STALE).out();
        assertThat(wide.lines().filter(l -> !l.strip().startsWith("$ ")).mapToInt(String::length).max().orElse(0))
                .isGreaterThan(72).isLessThanOrEqualTo(100);
    }

    @Test
    void summaryPrintsTheTriageListAlone() {
        CliRun run = CliRun.of("analyze", STALE, "--summary");
        assertThat(run.out()).contains("Summary: 1 critical").contains("#1 CRITICAL stale-volumeattachment VolumeAttachment")
                .doesNotContain("Chain:").doesNotContain("kubectl delete");
    }

    @Test
    void theProgressBarDrawsOnStderrOnlyWhenItIsATerminal() {
        CliRun watched = CliRun.in(context(new FakeTerminal(false, true, 0), Map.of()), "analyze", STALE, "-o", "json");
        assertThat(watched.err()).contains("kdiag").contains("3/3");
        assertThat(watched.json().path("diagnoses")).hasSize(1);
        CliRun piped = CliRun.in(context(FakeTerminal.NONE, Map.of()), "analyze", STALE, "-o", "json");
        assertThat(piped.err()).isEmpty();
    }

    @Test
    void everyCommandsHelpHasExamplesAndExitCodes() {
        for (List<String> command : List.<List<String>>of(List.of(), List.of("analyze"), List.of("explain"), List.of("rules"),
                List.of("rules", "list"), List.of("rules", "validate"), List.of("rules", "test"),
                List.of("capture"), List.of("completion"))) {
            List<String> args = new java.util.ArrayList<>(command);
            args.add("--help");
            CliRun run = CliRun.of(args.toArray(String[]::new));
            assertThat(run.exitCode()).as("%s", command).isZero();
            assertThat(run.out()).as("%s", command).contains("Examples:").contains("Exit codes:").contains("  0 ");
        }
        assertThat(CliRun.of("analyze", "--help").out()).contains("| kdiag analyze -")
                .contains("sarif, junit; default: text").contains("  3   a rule file").contains("  4   internal error");
    }

    @Test
    void completionScriptsComeFromPicocli() {
        CliRun bash = CliRun.of("completion", "bash");
        assertThat(bash.exitCode()).isZero();
        assertThat(bash.out()).contains("complete -F").contains("--output-file").contains("\"sarif\" \"junit\"")
                .contains("\"critical\" \"high\" \"medium\" \"low\" \"info\"")
                .contains("analyze").contains("explain");
        CliRun zsh = CliRun.of("completion", "zsh");
        assertThat(zsh.out()).startsWith("autoload -U +X compinit && compinit").contains("complete -F");
        assertThat(CliRun.of("completion", "fish").exitCode()).isEqualTo(2);
    }

    private static void assertWidth(String text, int width) {
        for (String line : text.lines().toList()) {
            if (line.length() > width) {
                assertThat(line.strip()).as(line).satisfiesAnyOf(l -> assertThat(l).startsWith("$ "),
                        l -> assertThat(l.split(" ")).hasSizeLessThanOrEqualTo(2));
            }
        }
    }

    private static ProcessContext context(FakeTerminal terminal, Map<String, String> environment) {
        return new ProcessContext(InputStream.nullInputStream(), terminal, environment);
    }
}
