package io.kdiag.engine.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.kdiag.engine.Kdiag;
import io.kdiag.engine.report.Diagnosis;
import io.kdiag.engine.report.Report;
import io.kdiag.engine.report.Severity;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The incident of the reports issue, generated: 28 findings of six ids. In the terminal it reads
 * as a triage list; in Markdown it fits a GitHub comment.
 */
class IncidentReportTest {

    private static final int GITHUB_COMMENT = 65_536;
    private static final Pattern DETAILS = Pattern.compile("<details>\n<summary><b>#(\\d+) ");

    private static Report report;
    private static RenderOptions options;

    @BeforeAll
    static void analyse(@TempDir Path dir) throws Exception {
        Kdiag kdiag = Kdiag.builder().build();
        report = kdiag.analyze(List.of(GeneratedCluster.write(GeneratedCluster.INCIDENT, dir)));
        options = RenderOptions.defaults().withRules(kdiag);
    }

    @Test
    void theIncidentHasTwentyEightFindingsOfSixIds() {
        assertThat(report.snapshot().warnings()).isEmpty();
        assertThat(report.diagnoses()).hasSize(28);
        assertThat(report.summary().byId()).hasSize(6).containsEntry("stale-volumeattachment", 9);
    }

    @Test
    void theTextStartsWithOneSummaryLinePerDiagnosisThenGroupsEachId() throws IOException {
        String text = render(ReportFormat.TEXT, options);
        List<String> lines = text.lines().toList();
        int summary = lines.indexOf(lines.stream().filter(l -> l.startsWith("Summary: ")).findFirst().orElseThrow());
        int details = lines.indexOf("== stale-volumeattachment: 9 diagnoses ==");
        assertThat(summary).isLessThan(details);
        assertThat(lines.get(summary)).isEqualTo("Summary: 9 critical, 4 high, 5 low, 10 info");
        List<String> rows = lines.subList(summary + 1, details).stream().filter(l -> l.startsWith("  #")).toList();
        assertThat(rows).hasSize(28);
        assertThat(rows.get(0)).matches("  #1  CRITICAL stale-volumeattachment +VolumeAttachment");
        assertThat(rows.get(27)).startsWith("  #28 INFO     slow-volume-detach");
        for (String id : report.summary().byId().keySet()) {
            assertThat(lines.stream().filter(l -> l.startsWith("== " + id))).as(id).hasSize(1);
        }
    }

    @Test
    void laterDiagnosesOfAGroupDoNotRepeatWhatTheFirstSaid() throws IOException {
        String text = render(ReportFormat.TEXT, options);
        long groupsWithPrevention = report.diagnoses().stream().filter(d -> !d.prevention().isEmpty())
                .map(Diagnosis::id).distinct().count();
        assertThat(text.lines().filter(l -> l.equals("  Prevent:"))).hasSize((int) groupsWithPrevention);
        assertThat(text).contains("(reasons, prevention and references not repeated here are as in #1)");
    }

    @Test
    void theSummaryAloneIsAScreenful() throws IOException {
        String text = render(ReportFormat.TEXT, options.withSummaryOnly(true));
        assertThat(text).doesNotContain("Chain:").doesNotContain("==");
        assertThat(text.lines().count()).isLessThan(5 + 2 * 28);
    }

    @Test
    void textWrapsToTheWidthBetweenWordsAndGivesLongNamesTheirOwnLine() throws IOException {
        for (int width : new int[] {60, 100, 160}) {
            String text = render(ReportFormat.TEXT, options.withWidth(width));
            for (String line : text.lines().toList()) {
                if (line.length() > width) {
                    assertThat(line.strip()).as("width %d: %s", width, line).satisfiesAnyOf(
                            l -> assertThat(l).startsWith("$ "),
                            l -> assertThat(l.split(" ")).hasSizeLessThanOrEqualTo(2));
                }
            }
        }
        String narrow = render(ReportFormat.TEXT, options.withWidth(60));
        assertThat(narrow).contains("\n      csi-11741546bd918747bc5bda29217feb2bd9524847cf60c058fb11e7b624");
        String summary = narrow.substring(0, narrow.indexOf("=="));
        assertThat(Arrays.stream(summary.split("\\s+"))).contains("VolumeAttachment", "(3", "affected)");
    }

    @Test
    void colourOnlyWhenAskedAndSeveritiesAndRiskyStepsStandOut() throws IOException {
        assertThat(render(ReportFormat.TEXT, options)).doesNotContain("\u001B[");
        String coloured = render(ReportFormat.TEXT, options.withColour(true));
        assertThat(coloured).contains("\u001B[1;31mCRITICAL\u001B[0m").contains("\u001B[1;33m[disruptive]\u001B[0m");
        assertThat(coloured.replaceAll("\u001B\\[[0-9;]*m", "")).isEqualTo(render(ReportFormat.TEXT, options));
    }

    @Test
    void theMarkdownFitsAGitHubCommentAndCutsTheLeastGraveFirst() throws IOException {
        String markdown = render(ReportFormat.MARKDOWN, options);
        assertThat(markdown.length()).isLessThanOrEqualTo(MarkdownRenderer.LIMIT).isLessThan(GITHUB_COMMENT);
        assertThat(markdown.lines().filter(l -> l.matches("\\| \\d+ \\| .*"))).hasSize(28);
        List<Integer> shown = shownRanks(markdown);
        int cut = 28 - shown.size();
        assertThat(cut).isPositive();
        assertThat(markdown).contains("_" + cut + " less grave diagnoses are listed in the summary but not shown")
                .contains("`-o json`").contains("`--min-severity high`");
        Severity leastShown = shown.stream().map(r -> report.diagnoses().get(r - 1).severity())
                .max(Enum::compareTo).orElseThrow();
        report.diagnoses().stream().filter(d -> !shown.contains(d.rank()))
                .forEach(d -> assertThat(d.severity()).as("#%d", d.rank()).isGreaterThanOrEqualTo(leastShown));
        assertThat(shown).as("every critical diagnosis").contains(1, 2, 3, 4, 5, 6, 7, 8, 9);
        assertThat(markdown).contains("**Prevent:** as in #1.");
    }

    @Test
    void aReportThatFitsKeepsEveryDiagnosisInItsDetailsBlock() throws IOException {
        Report small = new Report(report.schemaVersion(), report.tool(), report.snapshot(),
                report.diagnoses().subList(0, 3));
        String three = render(ReportFormat.MARKDOWN, small);
        assertThat(shownRanks(three)).containsExactly(1, 2, 3);
        assertThat(three).doesNotContain("not shown").contains("</details>");
    }

    private static List<Integer> shownRanks(String markdown) {
        Matcher m = DETAILS.matcher(markdown);
        List<Integer> ranks = new java.util.ArrayList<>();
        while (m.find()) {
            ranks.add(Integer.parseInt(m.group(1)));
        }
        return ranks;
    }

    private static String render(ReportFormat format, RenderOptions with) throws IOException {
        StringWriter out = new StringWriter();
        format.write(report, with, out);
        return out.toString();
    }

    private static String render(ReportFormat format, Report which) throws IOException {
        StringWriter out = new StringWriter();
        format.write(which, options, out);
        return out.toString();
    }
}
