package io.kdiag.engine.render;

import io.kdiag.engine.report.ChainLink;
import io.kdiag.engine.report.Diagnosis;
import io.kdiag.engine.report.RemediationStep;
import io.kdiag.engine.report.Report;
import io.kdiag.engine.report.SnapshotSummary;
import io.kdiag.facts.ObjectRef;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Writes a report as Markdown, for tickets and wikis. */
final class MarkdownRenderer implements Renderer {

    @Override
    public void render(Report report, Writer out) throws IOException {
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
        if (!s.warnings().isEmpty()) {
            out.write("## Warnings\n\n");
            for (SnapshotSummary.Warning w : s.warnings()) {
                out.write("- " + code(w.source()) + ": " + escape(w.message()) + "\n");
            }
            out.write("\n");
        }
        if (report.diagnoses().isEmpty()) {
            out.write(escape(report.noDiagnosisSentence()) + "\n");
        }
        for (Diagnosis d : report.diagnoses()) {
            diagnosis(d, out);
        }
    }

    private static void diagnosis(Diagnosis d, Writer out) throws IOException {
        out.write(String.format(Locale.ROOT, "## %d. %s%n%n", d.rank(), escape(d.title())));
        out.write(String.format(Locale.ROOT, "`%s` · severity **%s** · confidence %.2f%n%n", d.id(),
                d.severity().label(), d.confidence()));
        out.write(escape(d.summary()) + "\n\n");
        out.write("**Root cause:** " + d.rootCause().kind() + " " + code(qualified(d.rootCause().namespace(),
                d.rootCause().name())) + ": " + escape(d.rootCause().summary()) + "\n\n");
        out.write("**Affected:** " + d.affected().stream().map(r -> r.kind() + " " + code(r.qualifiedName()))
                .collect(Collectors.joining(", ")) + "\n\n");
        out.write("### Chain\n\n");
        int n = 1;
        for (ChainLink link : d.chain()) {
            out.write(n++ + ". " + escape(link.summary()) + "\n");
            for (ChainLink.EvidenceItem e : link.evidence()) {
                out.write("   - " + code(e.source()) + " " + e.kind() + " " + code(qualified(e.namespace(), e.name()))
                        + ": " + escape(e.text()) + "\n");
            }
        }
        out.write("\n### Plan\n\n");
        for (RemediationStep step : d.remediation()) {
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
            out.write("   " + escape(step.why()) + "\n");
        }
        section(out, "Verify", d.verification(), true);
        section(out, "Prevent", d.prevention(), false);
        section(out, "Confidence rests on", d.confidenceFactors(), false);
        section(out, "References", d.references(), false);
        out.write("\n");
    }

    private static void section(Writer out, String title, List<String> items, boolean commands) throws IOException {
        if (items.isEmpty()) {
            return;
        }
        out.write("\n### " + title + "\n\n");
        for (String item : items) {
            out.write("- " + (commands ? code(item) : escape(item)) + "\n");
        }
    }

    private static String qualified(String namespace, String name) {
        return new ObjectRef("x", namespace, name).qualifiedName();
    }

    private static String code(String text) {
        return "`" + text.replace("`", "'") + "`";
    }

    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("*", "\\*").replace("_", "\\_").replace("<", "&lt;");
    }
}
