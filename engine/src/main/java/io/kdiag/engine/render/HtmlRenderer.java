package io.kdiag.engine.render;

import static io.kdiag.engine.render.Html.escape;

import io.kdiag.engine.report.ChainLink;
import io.kdiag.engine.report.Diagnosis;
import io.kdiag.engine.report.RemediationStep;
import io.kdiag.engine.report.Report;
import io.kdiag.engine.report.ReportSummary;
import io.kdiag.engine.report.Severity;
import io.kdiag.engine.report.SnapshotSummary;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Writes a report as one self-contained HTML page (no network, no external resources): a
 * summary table with severity badges, each diagnosis folded in a {@code <details>} block with its
 * causal chain drawn as an inline SVG graph, plan steps with risk badges and a copy button per
 * command, and clickable references. The one script only copies commands and opens the
 * diagnosis a summary link points to.
 */
final class HtmlRenderer extends DocumentRenderer {

    private static final Pattern URL = Pattern.compile("https?://\\S+");

    private static final String STYLE = String.join("",
            "body{font-family:system-ui,sans-serif;max-width:72em;margin:1.5em auto;padding:0 1em;line-height:1.45;",
            "color:#1b1f24}",
            "h1{margin-bottom:.2em}ul.meta{color:#444;padding-left:1.2em}",
            "table{border-collapse:collapse;width:100%}th,td{border-bottom:1px solid #ddd;padding:.3em .5em;",
            "text-align:left;vertical-align:top}td.num,th.num{text-align:right}",
            ".badge{display:inline-block;border-radius:.8em;padding:0 .6em;font-size:.85em;font-weight:600;",
            "color:#fff;white-space:nowrap}",
            ".critical{background:#8b0000}.high{background:#d1242f}.medium{background:#bf8700}",
            ".low{background:#0969da}.info{background:#6e7781}",
            ".read-only{background:#1a7f37}.safe{background:#2da44e}.disruptive{background:#bc4c00}",
            ".data-loss{background:#a40e26;outline:2px solid #ff8182}",
            "details.diagnosis{border:1px solid #d0d7de;border-radius:6px;margin:1em 0;padding:0 1em}",
            "details.diagnosis>summary{cursor:pointer;padding:.6em 0;font-weight:600}",
            "code,pre{font-family:ui-monospace,monospace;background:#f6f8fa;border-radius:4px}",
            "code{padding:0 .25em;word-break:break-all}td code.id{word-break:normal;white-space:nowrap}",
            ".command{display:flex;align-items:flex-start;gap:.5em;margin:.3em 0}",
            ".command pre{flex:1;margin:0;padding:.4em .6em;white-space:pre-wrap;word-break:break-all}",
            "button.copy{font-size:.8em;padding:.25em .6em;cursor:pointer}",
            ".warnings{background:#fff8c5;border:1px solid #d4a72c;border-radius:6px;padding:.5em 1em}",
            ".graph-box{overflow-x:auto;margin:.5em 0}",
            "svg.graph .edge{fill:none;stroke:#57606a;stroke-width:1.3}svg.graph marker path{fill:#57606a}",
            "svg.graph rect{stroke-width:1.4}svg.graph text{font-size:12px;fill:#1b1f24}",
            "svg.graph text.heading{font-weight:600;font-size:11px}",
            "svg.graph .evidence rect{fill:#f6f8fa;stroke:#8c959f}",
            "svg.graph .finding rect{fill:#ddf4ff;stroke:#0969da}",
            "svg.graph .root-cause rect{fill:#ffebe9;stroke:#cf222e;stroke-width:2.2}",
            "svg.graph .affected rect{fill:#fff8c5;stroke:#bf8700}",
            "ol.chain li,ol.plan>li{margin:.4em 0}.evidence-list{font-size:.92em;color:#444}",
            ".omitted{font-style:italic}");

    private static final String SCRIPT = String.join("",
            "document.addEventListener('click',function(e){var b=e.target.closest('button.copy');if(!b)return;",
            "var t=b.getAttribute('data-command');function done(){b.textContent='Copied';}",
            "function fallback(){var a=document.createElement('textarea');a.value=t;document.body.appendChild(a);",
            "a.select();try{document.execCommand('copy');}finally{a.remove();}done();}",
            "if(navigator.clipboard){navigator.clipboard.writeText(t).then(done,fallback);}else{fallback();}});",
            "function openTarget(){var d=location.hash&&document.getElementById(location.hash.slice(1));",
            "if(d&&d.tagName==='DETAILS'){d.open=true;}}",
            "window.addEventListener('hashchange',openTarget);openTarget();");

    HtmlRenderer() {
        super(Integer.MAX_VALUE);
    }

    @Override
    void begin(Report report, Writer out) throws IOException {
        SnapshotSummary s = report.snapshot();
        out.write("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">"
                + "<title>kdiag report: " + report.diagnoses().size() + " diagnos"
                + (report.diagnoses().size() == 1 ? "is" : "es") + "</title><style>" + STYLE + "</style></head><body>\n"
                + "<h1>kdiag report</h1>\n");
        if (report.unreadInput() != null) {
            out.write("<p class=\"warnings unread\"><strong>" + escape(report.unreadInput()) + "</strong></p>\n");
        }
        out.write("<ul class=\"meta\">\n");
        out.write("<li>Sources: " + escape(String.join(", ", s.sources())) + "</li>\n");
        out.write("<li>Captured: " + escape(s.capturedAt() == null ? "unknown" : s.capturedAt()) + "; analysed as of "
                + escape(s.analyzedAt()) + "</li>\n");
        out.write("<li>Read: " + escape(s.counts().entrySet().stream().map(e -> e.getValue() + " " + e.getKey())
                .collect(Collectors.joining(", "))) + "</li>\n<li>kdiag " + escape(report.tool().version())
                + "</li>\n</ul>\n");
    }

    @Override
    void warnings(List<SnapshotSummary.Warning> warnings, Writer out) throws IOException {
        out.write("<section class=\"warnings\" id=\"warnings\"><h2>Warnings</h2>\n<ul>\n");
        for (SnapshotSummary.Warning w : warnings) {
            out.write("<li><code>" + escape(w.source()) + "</code>: " + escape(w.message()) + "</li>\n");
        }
        out.write("</ul></section>\n");
    }

    @Override
    void noProblem(String sentence, Writer out) throws IOException {
        out.write("<p id=\"summary\">" + escape(sentence) + "</p>\n");
    }

    @Override
    void summary(Report report, Set<Integer> cut, Writer out) throws IOException {
        ReportSummary counts = report.summary();
        out.write("<section id=\"summary\"><h2>Summary</h2>\n<p>");
        for (Severity severity : Severity.values()) {
            if (counts.count(severity) > 0) {
                out.write(badge(severity.label(), counts.count(severity) + " " + severity.label()) + " ");
            }
        }
        out.write("</p>\n<table class=\"summary\"><thead><tr><th class=\"num\">#</th><th>severity</th><th>id</th>"
                + "<th>root cause</th><th class=\"num\">affected</th></tr></thead><tbody>\n");
        for (Diagnosis d : report.diagnoses()) {
            out.write("<tr><td class=\"num\">" + rankLink(d.rank()) + "</td><td>"
                    + badge(d.severity().label(), d.severity().label()) + "</td><td><code class=\"id\">" + escape(d.id())
                    + "</code></td><td>" + escape(d.rootCause().kind()) + " <code>"
                    + escape(Names.qualified(d.rootCause().namespace(), d.rootCause().name())) + "</code></td><td class=\"num\">"
                    + d.affected().size() + "</td></tr>\n");
        }
        out.write("</tbody></table></section>\n");
    }

    @Override
    void openDiagnosis(Diagnosis d, Writer out) throws IOException {
        out.write("<details class=\"diagnosis\" id=\"" + anchor(d) + "\"" + (d.rank() == 1 ? " open" : "")
                + "><summary>" + badge(d.severity().label(), d.severity().label()) + " #" + d.rank() + " "
                + escape(d.title()) + "</summary>\n");
    }

    @Override
    void facts(Diagnosis d, Writer out) throws IOException {
        out.write(String.format(Locale.ROOT, "<p><code>%s</code> confidence %.2f</p>%n", escape(d.id()),
                d.confidence()));
        out.write("<p>" + escape(d.summary()) + "</p>\n");
        out.write("<p><b>Root cause:</b> " + escape(d.rootCause().kind()) + " <code>"
                + escape(Names.qualified(d.rootCause().namespace(), d.rootCause().name())) + "</code>: "
                + escape(d.rootCause().summary()) + "</p>\n");
        out.write("<p><b>Affected:</b> " + d.affected().stream().map(r -> escape(r.kind()) + " <code>"
                + escape(r.qualifiedName()) + "</code>").collect(Collectors.joining(", ")) + "</p>\n");
    }

    @Override
    void chain(Diagnosis d, Writer out) throws IOException {
        heading("Causal chain", out);
        out.write("<div class=\"graph-box\">" + SvgGraph.draw(CausalGraph.of(d), anchor(d)) + "</div>\n");
        out.write("<ol class=\"chain\">\n");
        for (ChainLink link : d.chain()) {
            out.write("<li>" + escape(link.summary()) + "<ul class=\"evidence-list\">\n");
            for (ChainLink.EvidenceItem e : link.evidence()) {
                out.write("<li><code>" + escape(e.source()) + "</code> " + escape(e.kind()) + " <code>"
                        + escape(Names.qualified(e.namespace(), e.name())) + "</code>: " + escape(e.text()) + "</li>\n");
            }
            out.write("</ul></li>\n");
        }
        out.write("</ol>\n");
    }

    @Override
    void plan(List<RemediationStep> steps, Set<Integer> sharedWhy, int firstRank, Writer out) throws IOException {
        heading("Plan", out);
        out.write("<ol class=\"plan\">\n");
        for (RemediationStep step : steps) {
            step(step, sharedWhy.contains(step.step()) ? "" : step.why(), out);
        }
        out.write("</ol>\n");
        if (!sharedWhy.isEmpty()) {
            out.write("<p>Why each step helps: as in " + rankLink(firstRank) + ".</p>\n");
        }
    }

    @Override
    void sameAs(String title, int firstRank, Writer out) throws IOException {
        out.write("<p><b>" + escape(title) + ":</b> as in " + rankLink(firstRank) + ".</p>\n");
    }

    private static String rankLink(int rank) {
        return "<a href=\"#diagnosis-" + rank + "\">#" + rank + "</a>";
    }

    private static void heading(String title, Writer out) throws IOException {
        out.write("<h3>" + escape(title) + "</h3>\n");
    }

    private static void step(RemediationStep step, String why, Writer out) throws IOException {
        out.write("<li value=\"" + step.step() + "\">" + badge(step.risk().label(), step.risk().label()) + " <b>"
                + escape(step.title()) + "</b>\n");
        for (String check : step.checks()) {
            out.write("<p>First: " + escape(check) + "</p>\n");
        }
        for (String command : step.commands()) {
            command(command, out);
        }
        out.write((why.isEmpty() ? "" : "<p>" + escape(why) + "</p>") + "</li>\n");
    }

    @Override
    void list(String title, List<String> items, Items kind, Writer out) throws IOException {
        if (items.isEmpty()) {
            return;
        }
        heading(title, out);
        if (kind == Items.COMMANDS) {
            for (String item : items) {
                command(item, out);
            }
            return;
        }
        out.write("<ul>\n");
        for (String item : items) {
            out.write("<li>" + (kind == Items.REFERENCES ? link(item) : escape(item)) + "</li>\n");
        }
        out.write("</ul>\n");
    }

    @Override
    void closeDiagnosis(Diagnosis d, Writer out) throws IOException {
        out.write("</details>\n");
    }

    @Override
    void omitted(int count, Writer out) throws IOException {
        out.write("<p class=\"omitted\">" + count + " diagnoses not shown.</p>\n");
    }

    @Override
    void end(Writer out) throws IOException {
        out.write("<script>" + SCRIPT + "</script>\n</body></html>\n");
    }

    private static void command(String command, Writer out) throws IOException {
        out.write("<div class=\"command\"><pre><code>" + escape(command) + "</code></pre>"
                + "<button type=\"button\" class=\"copy\" data-command=\"" + escape(command) + "\">Copy</button></div>\n");
    }

    /** A reference with each web address in it made a link. */
    private static String link(String reference) {
        StringBuilder html = new StringBuilder();
        var matcher = URL.matcher(reference);
        int at = 0;
        while (matcher.find()) {
            html.append(escape(reference.substring(at, matcher.start())));
            String url = matcher.group();
            html.append("<a href=\"").append(escape(url)).append("\">").append(escape(url)).append("</a>");
            at = matcher.end();
        }
        return html.append(escape(reference.substring(at))).toString();
    }

    private static String badge(String cssClass, String text) {
        return "<span class=\"badge " + cssClass + "\">" + escape(text) + "</span>";
    }

    private static String anchor(Diagnosis d) {
        return "diagnosis-" + d.rank();
    }


}
