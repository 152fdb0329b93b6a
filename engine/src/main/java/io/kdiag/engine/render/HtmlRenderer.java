package io.kdiag.engine.render;

import io.kdiag.engine.report.ChainLink;
import io.kdiag.engine.report.Diagnosis;
import io.kdiag.engine.report.RemediationStep;
import io.kdiag.engine.report.Report;
import io.kdiag.engine.report.SnapshotSummary;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Writes a report as one self-contained HTML page (no scripts, no external resources). */
final class HtmlRenderer implements Renderer {

    private static final String STYLE = "body{font-family:sans-serif;max-width:60em;margin:2em auto;line-height:1.4}"
            + "pre{background:#f4f4f4;padding:.5em;overflow-x:auto}.sev{font-weight:bold;text-transform:uppercase}"
            + ".critical,.high{color:#b00}.medium{color:#a60}.low,.info{color:#555}code{background:#f4f4f4}";

    @Override
    public void render(Report report, Writer out) throws IOException {
        SnapshotSummary s = report.snapshot();
        out.write("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>kdiag report</title>"
                + "<style>" + STYLE + "</style></head><body>\n<h1>kdiag report</h1>\n");
        if (report.unreadInput() != null) {
            out.write("<p class=\"unread\"><strong>" + esc(report.unreadInput()) + "</strong></p>\n");
        }
        out.write("<ul>\n");
        out.write("<li>Sources: " + esc(String.join(", ", s.sources())) + "</li>\n");
        out.write("<li>Captured: " + esc(s.capturedAt() == null ? "unknown" : s.capturedAt()) + "; analysed as of "
                + esc(s.analyzedAt()) + "</li>\n");
        out.write("<li>Read: " + esc(s.counts().entrySet().stream().map(e -> e.getValue() + " " + e.getKey())
                .collect(Collectors.joining(", "))) + "</li>\n<li>kdiag " + esc(report.tool().version()) + "</li>\n</ul>\n");
        if (!s.warnings().isEmpty()) {
            out.write("<h2>Warnings</h2>\n<ul>\n");
            for (SnapshotSummary.Warning w : s.warnings()) {
                out.write("<li><code>" + esc(w.source()) + "</code>: " + esc(w.message()) + "</li>\n");
            }
            out.write("</ul>\n");
        }
        if (report.diagnoses().isEmpty()) {
            out.write("<p>" + esc(report.noDiagnosisSentence()) + "</p>\n");
        }
        for (Diagnosis d : report.diagnoses()) {
            diagnosis(d, out);
        }
        out.write("</body></html>\n");
    }

    private static void diagnosis(Diagnosis d, Writer out) throws IOException {
        out.write("<section id=\"" + d.rank() + "\">\n<h2>" + d.rank() + ". " + esc(d.title()) + "</h2>\n");
        out.write(String.format(Locale.ROOT, "<p><code>%s</code> <span class=\"sev %s\">%s</span> confidence %.2f</p>%n",
                esc(d.id()), d.severity().label(), d.severity().label(), d.confidence()));
        out.write("<p>" + esc(d.summary()) + "</p>\n");
        out.write("<p><b>Root cause:</b> " + esc(d.rootCause().kind() + " " + d.rootCause().name()) + ": "
                + esc(d.rootCause().summary()) + "</p>\n");
        out.write("<p><b>Affected:</b> " + esc(d.affected().stream().map(Object::toString)
                .collect(Collectors.joining(", "))) + "</p>\n<h3>Chain</h3>\n<ol>\n");
        for (ChainLink link : d.chain()) {
            out.write("<li>" + esc(link.summary()) + "<ul>\n");
            for (ChainLink.EvidenceItem e : link.evidence()) {
                out.write("<li><code>" + esc(e.source()) + "</code> " + esc(e.kind() + " " + e.name()) + ": "
                        + esc(e.text()) + "</li>\n");
            }
            out.write("</ul></li>\n");
        }
        out.write("</ol>\n<h3>Plan</h3>\n<ol>\n");
        for (RemediationStep step : d.remediation()) {
            out.write("<li><b>" + esc(step.title()) + "</b> (" + esc(step.risk().label()) + ")\n");
            for (String check : step.checks()) {
                out.write("<p>First: " + esc(check) + "</p>\n");
            }
            if (!step.commands().isEmpty()) {
                out.write("<pre>" + esc(String.join("\n", step.commands())) + "</pre>\n");
            }
            out.write("<p>" + esc(step.why()) + "</p></li>\n");
        }
        out.write("</ol>\n");
        list(out, "Verify", d.verification());
        list(out, "Prevent", d.prevention());
        list(out, "Confidence rests on", d.confidenceFactors());
        list(out, "References", d.references());
        out.write("</section>\n");
    }

    private static void list(Writer out, String title, List<String> items) throws IOException {
        if (items.isEmpty()) {
            return;
        }
        out.write("<h3>" + title + "</h3>\n<ul>\n");
        for (String item : items) {
            out.write("<li>" + esc(item) + "</li>\n");
        }
        out.write("</ul>\n");
    }

    private static String esc(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
