package io.kdiag.engine.render;

import io.kdiag.engine.report.ChainLink;
import io.kdiag.engine.report.Diagnosis;
import io.kdiag.engine.report.RemediationStep;
import io.kdiag.engine.report.Report;
import io.kdiag.engine.report.ReportSummary;
import io.kdiag.engine.report.Severity;
import io.kdiag.engine.report.SnapshotSummary;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Writes a report as GitHub-flavoured Markdown, for tickets and pull-request comments: a summary
 * table, then each diagnosis folded in a {@code <details>} block. At most {@value #LIMIT}
 * characters (a GitHub comment holds 65,536).
 */
final class MarkdownRenderer extends DocumentRenderer {

    /** The most characters a Markdown report holds. */
    static final int LIMIT = 60_000;

    MarkdownRenderer() {
        super(LIMIT);
    }

    @Override
    void begin(Report report, Writer out) throws IOException {
        SnapshotSummary s = report.snapshot();
        out.write("# kdiag report\n\n");
        if (report.unreadInput() != null) {
            out.write("> **" + escape(report.unreadInput()) + "**\n\n");
        }
        out.write("- Sources: " + s.sources().stream().map(MarkdownRenderer::code).collect(Collectors.joining(", ")) + "\n");
        out.write("- Captured: " + (s.capturedAt() == null ? "unknown" : s.capturedAt()) + "; analysed as of "
                + s.analyzedAt() + "\n");
        out.write("- Read: " + s.counts().entrySet().stream().map(e -> e.getValue() + " " + e.getKey())
                .collect(Collectors.joining(", ")) + "\n");
        out.write("- kdiag " + report.tool().version() + "\n\n");
    }

    @Override
    void warnings(List<SnapshotSummary.Warning> warnings, Writer out) throws IOException {
        out.write("## Warnings\n\n");
        for (SnapshotSummary.Warning w : warnings) {
            out.write("- " + code(w.source()) + ": " + escape(w.message()) + "\n");
        }
        out.write("\n");
    }

    @Override
    void noProblem(String sentence, Writer out) throws IOException {
        out.write(escape(sentence) + "\n");
    }

    @Override
    void summary(Report report, Set<Integer> cut, Writer out) throws IOException {
        ReportSummary counts = report.summary();
        List<String> bySeverity = new ArrayList<>();
        for (Severity severity : Severity.values()) {
            if (counts.count(severity) > 0) {
                bySeverity.add(counts.count(severity) + " " + severity.label());
            }
        }
        out.write("## Summary: " + String.join(", ", bySeverity) + "\n\n");
        out.write("| # | severity | id | root cause | affected |\n|---:|---|---|---|---:|\n");
        for (Diagnosis d : report.diagnoses()) {
            out.write("| " + d.rank() + " | **" + d.severity().label() + "** | " + code(d.id()) + " | "
                    + d.rootCause().kind() + " " + code(Names.qualified(d.rootCause().namespace(), d.rootCause().name()))
                    + (cut.contains(d.rank()) ? " (not shown below)" : "") + " | " + d.affected().size() + " |\n");
        }
        out.write("\n");
    }

    @Override
    void openDiagnosis(Diagnosis d, Writer out) throws IOException {
        out.write("<details>\n<summary><b>#" + d.rank() + " " + d.severity().label() + "</b> · <code>"
                + Html.escape(d.id()) + "</code>: " + Html.escape(d.title()) + "</summary>\n\n");
    }

    @Override
    void facts(Diagnosis d, Writer out) throws IOException {
        out.write(String.format(Locale.ROOT, "`%s` · severity **%s** · confidence %.2f%n%n", d.id(),
                d.severity().label(), d.confidence()));
        out.write(escape(d.summary()) + "\n\n");
        out.write("**Root cause:** " + d.rootCause().kind() + " " + code(Names.qualified(d.rootCause().namespace(),
                d.rootCause().name())) + ": " + escape(d.rootCause().summary()) + "\n\n");
        out.write("**Affected:** " + d.affected().stream().map(r -> r.kind() + " " + code(r.qualifiedName()))
                .collect(Collectors.joining(", ")) + "\n");
    }

    @Override
    void chain(Diagnosis d, Writer out) throws IOException {
        heading("Chain", out);
        int n = 1;
        for (ChainLink link : d.chain()) {
            out.write(n++ + ". " + escape(link.summary()) + "\n");
            for (ChainLink.EvidenceItem e : link.evidence()) {
                out.write("   - " + code(e.source()) + " " + e.kind() + " " + code(Names.qualified(e.namespace(), e.name()))
                        + ": " + escape(e.text()) + "\n");
            }
        }
    }

    @Override
    void plan(List<RemediationStep> steps, Set<Integer> sharedWhy, int firstRank, Writer out) throws IOException {
        heading("Plan", out);
        for (RemediationStep step : steps) {
            step(step, !sharedWhy.contains(step.step()), out);
        }
        if (!sharedWhy.isEmpty()) {
            out.write("\nWhy each step helps: as in #" + firstRank + ".\n");
        }
    }

    @Override
    void sameAs(String title, int firstRank, Writer out) throws IOException {
        out.write("\n**" + title + ":** as in #" + firstRank + ".\n");
    }

    private static void heading(String title, Writer out) throws IOException {
        out.write("\n#### " + title + "\n\n");
    }

    private static void step(RemediationStep step, boolean why, Writer out) throws IOException {
        out.write(step.step() + ". **" + escape(step.title()) + "** (" + step.risk().label() + ")\n");
        for (String check : step.checks()) {
            out.write("   - First: " + escape(check) + "\n");
        }
        if (!step.commands().isEmpty()) {
            out.write("\n   ```sh\n");
            for (String command : step.commands()) {
                out.write("   " + command + "\n");
            }
            out.write("   ```\n\n");
        }
        if (why) {
            out.write("   " + escape(step.why()) + "\n");
        }
    }

    @Override
    void list(String title, List<String> items, Items kind, Writer out) throws IOException {
        if (items.isEmpty()) {
            return;
        }
        heading(title, out);
        for (String item : items) {
            out.write("- " + (kind == Items.COMMANDS ? code(item) : kind == Items.REFERENCES ? item : escape(item))
                    + "\n");
        }
    }

    @Override
    void closeDiagnosis(Diagnosis d, Writer out) throws IOException {
        out.write("\n</details>\n\n");
    }

    @Override
    void omitted(int count, Writer out) throws IOException {
        out.write("_" + count + " less grave diagnos" + (count == 1 ? "is is" : "es are")
                + " listed in the summary but not shown, to keep this report under " + String.format(Locale.ROOT,
                "%,d", LIMIT) + " characters. For every diagnosis in full, run kdiag again with `-o html` or "
                + "`-o json`; to leave the less grave out, use `--min-severity high`._\n");
    }

    @Override
    void end(Writer out) {
        // Markdown needs no closing
    }


    private static String code(String text) {
        return "`" + text.replace("`", "'") + "`";
    }

    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("*", "\\*").replace("_", "\\_").replace("<", "&lt;")
                .replace("|", "\\|");
    }
}
