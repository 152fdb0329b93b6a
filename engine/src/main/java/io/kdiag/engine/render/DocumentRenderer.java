package io.kdiag.engine.render;

import io.kdiag.engine.report.Diagnosis;
import io.kdiag.engine.report.RemediationStep;
import io.kdiag.engine.report.Report;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The walk of a report that Markdown and HTML share: the header and warnings, a summary table of
 * every diagnosis, then each diagnosis (facts, chain, plan, lists) in rank order, then a note
 * naming any diagnoses left out. Subclasses write each part in their markup.
 *
 * <p>A document with a size limit leaves out the least grave diagnoses (lowest severity, then
 * lowest rank) until it fits; the summary table still lists them, marked as not shown.
 */
abstract class DocumentRenderer implements Renderer {

    /** The kind of items a list holds, so each format can show them fittingly. */
    enum Items {
        /** Commands to paste. */
        COMMANDS,
        /** Sentences. */
        PROSE,
        /** Web addresses or citations. */
        REFERENCES
    }

    private final int limit;

    /** A renderer whose output is at most {@code limit} characters. */
    DocumentRenderer(int limit) {
        this.limit = limit;
    }

    @Override
    public final void render(Report report, RenderOptions options, Writer out) throws IOException {
        List<Diagnosis> diagnoses = report.diagnoses();
        List<String> bodies = diagnoses.stream().map(this::diagnosisText).toList();
        Set<Integer> allRanks = new TreeSet<>(diagnoses.stream().map(Diagnosis::rank).toList());
        int room = limit - text(w -> head(report, allRanks, w)).length() - text(w -> tail(allRanks.size(), w)).length();
        Set<Integer> cut = cut(diagnoses, bodies, room);
        out.write(text(w -> head(report, cut, w)));
        for (int i = 0; i < diagnoses.size(); i++) {
            if (!cut.contains(diagnoses.get(i).rank())) {
                out.write(bodies.get(i));
            }
        }
        out.write(text(w -> tail(cut.size(), w)));
    }

    /** The ranks to leave out so that the kept bodies fit in {@code room}: least grave first. */
    private static Set<Integer> cut(List<Diagnosis> diagnoses, List<String> bodies, int room) {
        long size = bodies.stream().mapToLong(String::length).sum();
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < diagnoses.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparing((Integer i) -> diagnoses.get(i).severity()).reversed()
                .thenComparing(Comparator.comparing((Integer i) -> diagnoses.get(i).rank()).reversed()));
        Set<Integer> cut = new TreeSet<>();
        for (int i : order) {
            if (size <= room) {
                break;
            }
            cut.add(diagnoses.get(i).rank());
            size -= bodies.get(i).length();
        }
        return cut;
    }

    private void head(Report report, Set<Integer> cut, Writer out) throws IOException {
        begin(report, out);
        if (!report.snapshot().warnings().isEmpty()) {
            warnings(report.snapshot().warnings(), out);
        }
        if (report.diagnoses().isEmpty()) {
            noProblem(out);
        } else {
            summary(report, cut, out);
        }
    }

    private void tail(int cut, Writer out) throws IOException {
        if (cut > 0) {
            omitted(cut, out);
        }
        end(out);
    }

    private String diagnosisText(Diagnosis d) {
        return text(out -> {
            openDiagnosis(d, out);
            facts(d, out);
            chain(d, out);
            if (!d.remediation().isEmpty()) {
                plan(d.remediation(), out);
            }
            list("Verify", d.verification(), Items.COMMANDS, out);
            list("Prevent", d.prevention(), Items.PROSE, out);
            list("Confidence rests on", d.confidenceFactors(), Items.PROSE, out);
            list("References", d.references(), Items.REFERENCES, out);
            closeDiagnosis(d, out);
        });
    }

    private static String text(Part part) {
        StringWriter buffer = new StringWriter();
        try {
            part.write(buffer);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return buffer.toString();
    }

    /** Writes one part of the document. */
    @FunctionalInterface
    private interface Part {
        void write(Writer out) throws IOException;
    }

    /** The document's start: title, sources, capture time, counts, version. */
    abstract void begin(Report report, Writer out) throws IOException;

    /** What could not be read. */
    abstract void warnings(List<io.kdiag.engine.report.SnapshotSummary.Warning> warnings, Writer out)
            throws IOException;

    /** The report holds no diagnosis. */
    abstract void noProblem(Writer out) throws IOException;

    /** Counts by severity and one row per diagnosis; those in {@code cut} are marked as not shown. */
    abstract void summary(Report report, Set<Integer> cut, Writer out) throws IOException;

    /** A diagnosis starts: its rank, severity and title. */
    abstract void openDiagnosis(Diagnosis d, Writer out) throws IOException;

    /** Id, severity, confidence, summary, root cause and affected objects. */
    abstract void facts(Diagnosis d, Writer out) throws IOException;

    /** The causal chain with its evidence. */
    abstract void chain(Diagnosis d, Writer out) throws IOException;

    /** The remediation plan: each step's title, risk, checks, commands and why. */
    abstract void plan(List<RemediationStep> steps, Writer out) throws IOException;

    /** A titled list; nothing when it is empty. */
    abstract void list(String title, List<String> items, Items kind, Writer out) throws IOException;

    /** A diagnosis ends. */
    abstract void closeDiagnosis(Diagnosis d, Writer out) throws IOException;

    /** {@code count} diagnoses were left out to stay within the limit: how to get them. */
    abstract void omitted(int count, Writer out) throws IOException;

    /** The document's end. */
    abstract void end(Writer out) throws IOException;
}
