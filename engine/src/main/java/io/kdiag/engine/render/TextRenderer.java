package io.kdiag.engine.render;

import io.kdiag.engine.report.ChainLink;
import io.kdiag.engine.report.Diagnosis;
import io.kdiag.engine.report.RemediationStep;
import io.kdiag.engine.report.Report;
import io.kdiag.engine.report.ReportSummary;
import io.kdiag.engine.report.Severity;
import io.kdiag.engine.report.SnapshotSummary;
import io.kdiag.facts.ObjectRef;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Writes a report for people in an incident: a triage summary first (one line per diagnosis),
 * then the details, diagnoses of one id grouped under it. A later diagnosis of a group leaves
 * out what it shares with the group's first (its prevention, references, the reasons of its
 * steps) and says so.
 */
final class TextRenderer implements Renderer {

    @Override
    public void render(Report report, RenderOptions options, Writer out) throws IOException {
        TextLines lines = new TextLines(out, options.width());
        TextStyle style = new TextStyle(options.colour());
        header(report, lines);
        if (report.diagnoses().isEmpty()) {
            lines.wrap("", "  ", report.noDiagnosisSentence());
            return;
        }
        summary(report, lines, style);
        if (options.summaryOnly()) {
            return;
        }
        for (List<Diagnosis> group : byId(report.diagnoses())) {
            lines.add("");
            String count = group.size() == 1 ? "" : ": " + group.size() + " diagnoses";
            lines.add(style.bold("== " + group.get(0).id() + count + " =="));
            Diagnosis first = group.get(0);
            for (Diagnosis d : group) {
                lines.add("");
                diagnosis(d, d == first ? null : first, lines, style);
            }
        }
    }

    private static void header(Report report, TextLines lines) throws IOException {
        SnapshotSummary s = report.snapshot();
        if (report.unreadInput() != null) {
            lines.wrap("", "  ", report.unreadInput());
        }
        lines.wrap("", "  ", "kdiag " + report.tool().version() + ": " + report.diagnoses().size() + " diagnos"
                + (report.diagnoses().size() == 1 ? "is" : "es") + " for " + String.join(", ", s.sources()));
        lines.wrap("", "  ", "Snapshot captured " + (s.capturedAt() == null ? "at an unknown time"
                : s.capturedAt()) + ", analysed as of " + s.analyzedAt());
        lines.wrap("Read: ", "  ", s.counts().entrySet().stream().map(e -> e.getValue() + " " + e.getKey())
                .collect(Collectors.joining(", ")));
        if (!s.warnings().isEmpty()) {
            lines.add("Warnings:");
            for (SnapshotSummary.Warning w : s.warnings()) {
                lines.wrap("  ", "    ", w.source() + ": " + w.message());
            }
        }
        lines.add("");
    }

    /** One line per diagnosis: rank, severity, id, root-cause object, affected count. */
    private static void summary(Report report, TextLines lines, TextStyle style) throws IOException {
        ReportSummary counts = report.summary();
        List<String> bySeverity = new ArrayList<>();
        for (Severity severity : Severity.values()) {
            if (counts.count(severity) > 0) {
                bySeverity.add(style.severity(severity, counts.count(severity) + " " + severity.label()));
            }
        }
        lines.add(style.bold("Summary") + ": " + String.join(", ", bySeverity));
        List<Diagnosis> diagnoses = report.diagnoses();
        int rankWidth = String.valueOf(diagnoses.size()).length() + 1;
        int idWidth = diagnoses.stream().mapToInt(d -> d.id().length()).max().orElse(0);
        String indent = " ".repeat(2 + rankWidth + 1);
        for (Diagnosis d : diagnoses) {
            String severity = pad(d.severity().label().toUpperCase(Locale.ROOT), 8);
            List<String> words = List.of(pad("#" + d.rank(), rankWidth), style.severity(d.severity(), severity),
                    pad(d.id(), idWidth), d.rootCause().kind(),
                    Names.qualified(d.rootCause().namespace(), d.rootCause().name()),
                    "(" + d.affected().size() + " affected)");
            lines.words("  ", indent, words);
        }
    }

    private static void diagnosis(Diagnosis d, Diagnosis first, TextLines lines, TextStyle style) throws IOException {
        lines.add(String.format(Locale.ROOT, "#%d %s %s (confidence %.2f)", d.rank(),
                style.severity(d.severity(), "[" + d.severity().label().toUpperCase(Locale.ROOT) + "]"),
                style.bold(d.id()), d.confidence()));
        lines.wrap("  ", d.title());
        lines.wrap("  ", d.summary());
        lines.words("  Root cause: ", "    ", List.of(d.rootCause().kind(),
                Names.qualified(d.rootCause().namespace(), d.rootCause().name())));
        lines.wrap("    ", d.rootCause().summary());
        lines.words("  Affected: ", "    ", Arrays.asList(d.affected().stream().map(ObjectRef::toString)
                .collect(Collectors.joining(", ")).split(" ")));
        lines.add("  Chain:");
        int n = 1;
        for (ChainLink link : d.chain()) {
            lines.wrap("    " + n++ + ". ", "       ", link.summary());
            for (ChainLink.EvidenceItem e : link.evidence()) {
                lines.words("       - ", "         ", List.of(e.source() + ":", e.kind(), Names.qualified(e.namespace(),
                        e.name())));
                lines.wrap("           ", e.text());
            }
        }
        lines.add("  Plan:");
        for (RemediationStep step : d.remediation()) {
            lines.wrap("    " + step.step() + ". ", "       ", step.title() + " "
                    + style.risk(step.risk(), "[" + step.risk().label() + "]"));
            for (String check : step.checks()) {
                lines.wrap("       first: ", "              ", check);
            }
            for (String command : step.commands()) {
                lines.add("       $ " + command);
            }
            if (first == null || !sameWhy(first, step)) {
                lines.wrap("       ", step.why());
            }
        }
        list(lines, "  Verify:", "    $ ", d.verification(), null);
        list(lines, "  Prevent:", "    - ", d.prevention(), first == null ? null : first.prevention());
        list(lines, "  Confidence rests on:", "    ", d.confidenceFactors(), null);
        list(lines, "  References:", "    ", d.references(), first == null ? null : first.references());
        if (first != null && sharesText(d, first)) {
            lines.wrap("  ", style.dim("(reasons, prevention and references not repeated here are as in #"
                    + first.rank() + ")"));
        }
    }

    private static boolean sharesText(Diagnosis d, Diagnosis first) {
        return d.remediation().stream().anyMatch(step -> sameWhy(first, step))
                || !d.prevention().isEmpty() && d.prevention().equals(first.prevention())
                || !d.references().isEmpty() && d.references().equals(first.references());
    }

    private static boolean sameWhy(Diagnosis first, RemediationStep step) {
        return first.remediation().stream().anyMatch(s -> s.step() == step.step() && s.why().equals(step.why()));
    }

    private static void list(TextLines lines, String heading, String prefix, List<String> items, List<String> shared)
            throws IOException {
        if (items.isEmpty() || Objects.equals(items, shared)) {
            return;
        }
        lines.add(heading);
        for (String item : items) {
            lines.wrap(prefix, " ".repeat(prefix.length()), item);
        }
    }

    /** The diagnoses grouped by id, groups in the order of their best rank. */
    private static List<List<Diagnosis>> byId(List<Diagnosis> diagnoses) {
        Map<String, List<Diagnosis>> groups = new LinkedHashMap<>();
        for (Diagnosis d : diagnoses) {
            groups.computeIfAbsent(d.id(), id -> new ArrayList<>()).add(d);
        }
        return List.copyOf(groups.values());
    }

    private static String pad(String text, int width) {
        return text + " ".repeat(Math.max(0, width - text.length()));
    }

}
