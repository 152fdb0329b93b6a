package io.kdiag.engine.render;

import io.kdiag.engine.report.ChainLink;
import io.kdiag.engine.report.Diagnosis;
import io.kdiag.engine.report.RemediationStep;
import io.kdiag.engine.report.Report;
import io.kdiag.engine.report.SnapshotSummary;
import io.kdiag.facts.ObjectRef;
import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import java.util.stream.Collectors;

/** Writes a report for people at a terminal: ranked diagnoses, each with chain and plan. */
final class TextRenderer implements Renderer {

    private static final int WIDTH = 100;

    @Override
    public void render(Report report, Writer out) throws IOException {
        Lines lines = new Lines(out);
        if (report.unreadInput() != null) {
            lines.wrap("", report.unreadInput());
        }
        header(report, lines);
        if (report.diagnoses().isEmpty()) {
            lines.wrap("", report.noDiagnosisSentence());
        }
        for (Diagnosis d : report.diagnoses()) {
            diagnosis(d, lines);
        }
    }

    private static void header(Report report, Lines lines) throws IOException {
        SnapshotSummary s = report.snapshot();
        lines.add("kdiag " + report.tool().version() + ": " + report.diagnoses().size() + " diagnos"
                + (report.diagnoses().size() == 1 ? "is" : "es") + " for " + String.join(", ", s.sources()));
        lines.add("Snapshot captured " + (s.capturedAt() == null ? "at an unknown time" : s.capturedAt())
                + ", analysed as of " + s.analyzedAt());
        lines.add("Read: " + s.counts().entrySet().stream().map(e -> e.getValue() + " " + e.getKey())
                .collect(Collectors.joining(", ")));
        if (!s.warnings().isEmpty()) {
            lines.add("Warnings:");
            for (SnapshotSummary.Warning w : s.warnings()) {
                lines.add("  " + w.source() + ": " + w.message());
            }
        }
        lines.add("");
    }

    private static void diagnosis(Diagnosis d, Lines lines) throws IOException {
        lines.add(String.format(Locale.ROOT, "#%d [%s] %s (confidence %.2f)", d.rank(),
                d.severity().label().toUpperCase(Locale.ROOT), d.id(), d.confidence()));
        lines.add("  " + d.title());
        lines.wrap("  ", d.summary());
        lines.add("  Root cause: " + d.rootCause().kind() + " " + qualified(d.rootCause().namespace(), d.rootCause().name()));
        lines.wrap("    ", d.rootCause().summary());
        lines.add("  Affected: " + d.affected().stream().map(ObjectRef::toString).collect(Collectors.joining(", ")));
        lines.add("  Chain:");
        int n = 1;
        for (ChainLink link : d.chain()) {
            lines.wrap("    " + n++ + ". ", "       ", link.summary());
            for (ChainLink.EvidenceItem e : link.evidence()) {
                lines.add("       - " + e.source() + ": " + e.kind() + " " + qualified(e.namespace(), e.name()));
                lines.wrap("           ", e.text());
            }
        }
        lines.add("  Plan:");
        for (RemediationStep step : d.remediation()) {
            lines.add("    " + step.step() + ". " + step.title() + " [" + step.risk().label() + "]");
            for (String check : step.checks()) {
                lines.wrap("       first: ", "              ", check);
            }
            for (String command : step.commands()) {
                lines.add("       $ " + command);
            }
            lines.wrap("       ", step.why());
        }
        list(lines, "  Verify:", "    $ ", d.verification());
        list(lines, "  Prevent:", "    - ", d.prevention());
        list(lines, "  Confidence rests on:", "    ", d.confidenceFactors());
        list(lines, "  References:", "    ", d.references());
        lines.add("");
    }

    private static void list(Lines lines, String heading, String prefix, java.util.List<String> items)
            throws IOException {
        if (items.isEmpty()) {
            return;
        }
        lines.add(heading);
        for (String item : items) {
            lines.wrap(prefix, " ".repeat(prefix.length()), item);
        }
    }

    private static String qualified(String namespace, String name) {
        return namespace.isEmpty() ? name : namespace + "/" + name;
    }

    /** Writes lines, wrapping prose at {@link #WIDTH} columns. */
    private static final class Lines {
        private final Writer out;

        Lines(Writer out) {
            this.out = out;
        }

        void add(String line) throws IOException {
            out.write(line.stripTrailing());
            out.write('\n');
        }

        void wrap(String indent, String text) throws IOException {
            wrap(indent, indent, text);
        }

        void wrap(String first, String rest, String text) throws IOException {
            StringBuilder line = new StringBuilder(first);
            boolean empty = true;
            for (String word : text.split("\\s+")) {
                if (!empty && line.length() + 1 + word.length() > WIDTH) {
                    add(line.toString());
                    line = new StringBuilder(rest);
                    empty = true;
                }
                if (!empty) {
                    line.append(' ');
                }
                line.append(word);
                empty = false;
            }
            add(line.toString());
        }
    }
}
