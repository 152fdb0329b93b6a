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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

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
        Map<String, Diagnosis> firsts = new HashMap<>();
        diagnoses.forEach(d -> firsts.putIfAbsent(d.id(), d));
        Set<Integer> allRanks = new TreeSet<>(diagnoses.stream().map(Diagnosis::rank).toList());
        int room = limit - text(w -> head(report, allRanks, w)).length() - text(w -> tail(allRanks.size(), w)).length();
        List<Integer> order = cutOrder(diagnoses);
        Set<Integer> cut = new TreeSet<>();
        List<String> bodies = bodies(diagnoses, firsts, cut);
        for (int next = 0; size(bodies) > room && next < order.size(); next++) {
            cut.add(diagnoses.get(order.get(next)).rank());
            bodies = bodies(diagnoses, firsts, cut);
        }
        out.write(text(w -> head(report, cut, w)));
        for (String body : bodies) {
            out.write(body);
        }
        out.write(text(w -> tail(cut.size(), w)));
    }

    /** The bodies of the diagnoses not cut; one refers to the first of its id when that one is shown. */
    private List<String> bodies(List<Diagnosis> diagnoses, Map<String, Diagnosis> firsts, Set<Integer> cut) {
        List<String> bodies = new ArrayList<>();
        for (Diagnosis d : diagnoses) {
            if (!cut.contains(d.rank())) {
                Diagnosis first = firsts.get(d.id());
                bodies.add(diagnosisText(d, first == d || cut.contains(first.rank()) ? null : first));
            }
        }
        return bodies;
    }

    /** Indexes of diagnoses in the order they are cut: least grave first, then the lowest ranked. */
    private static List<Integer> cutOrder(List<Diagnosis> diagnoses) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < diagnoses.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparing((Integer i) -> diagnoses.get(i).severity()).reversed()
                .thenComparing(Comparator.comparing((Integer i) -> diagnoses.get(i).rank()).reversed()));
        return order;
    }

    private static long size(List<String> bodies) {
        return bodies.stream().mapToLong(String::length).sum();
    }

    private void head(Report report, Set<Integer> cut, Writer out) throws IOException {
        begin(report, out);
        if (!report.snapshot().warnings().isEmpty()) {
            warnings(report.snapshot().warnings(), out);
        }
        if (report.diagnoses().isEmpty()) {
            noProblem(report.noDiagnosisSentence(), out);
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

    /**
     * One diagnosis. A later diagnosis of an id shown before ({@code first}, else {@code null})
     * leaves out the reasons of plan steps and the lists it shares with it, and says where they are.
     */
    private String diagnosisText(Diagnosis d, Diagnosis first) {
        return text(out -> {
            openDiagnosis(d, out);
            facts(d, out);
            chain(d, out);
            if (!d.remediation().isEmpty()) {
                Set<Integer> sharedWhy = new TreeSet<>();
                if (first != null) {
                    d.remediation().stream().filter(step -> first.remediation().stream()
                            .anyMatch(f -> f.step() == step.step() && f.why().equals(step.why())))
                            .forEach(step -> sharedWhy.add(step.step()));
                }
                plan(d.remediation(), sharedWhy, first == null ? 0 : first.rank(), out);
            }
            section("Verify", d, first, Diagnosis::verification, Items.COMMANDS, out);
            section("Prevent", d, first, Diagnosis::prevention, Items.PROSE, out);
            section("Confidence rests on", d, first, Diagnosis::confidenceFactors, Items.PROSE, out);
            section("References", d, first, Diagnosis::references, Items.REFERENCES, out);
            closeDiagnosis(d, out);
        });
    }

    private void section(String title, Diagnosis d, Diagnosis first, Function<Diagnosis, List<String>> items,
            Items kind, Writer out) throws IOException {
        List<String> own = items.apply(d);
        if (first != null && !own.isEmpty() && own.equals(items.apply(first))) {
            sameAs(title, first.rank(), out);
        } else {
            list(title, own, kind, out);
        }
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

    /** The report holds no diagnosis: {@code sentence} says so, and whether input went unread. */
    abstract void noProblem(String sentence, Writer out) throws IOException;

    /** Counts by severity and one row per diagnosis; those in {@code cut} are marked as not shown. */
    abstract void summary(Report report, Set<Integer> cut, Writer out) throws IOException;

    /** A diagnosis starts: its rank, severity and title. */
    abstract void openDiagnosis(Diagnosis d, Writer out) throws IOException;

    /** Id, severity, confidence, summary, root cause and affected objects. */
    abstract void facts(Diagnosis d, Writer out) throws IOException;

    /** The causal chain with its evidence. */
    abstract void chain(Diagnosis d, Writer out) throws IOException;

    /**
     * The remediation plan: each step's title, risk, checks, commands and why; the steps in
     * {@code sharedWhy} leave their why out, as it reads in diagnosis {@code firstRank}.
     */
    abstract void plan(List<RemediationStep> steps, Set<Integer> sharedWhy, int firstRank, Writer out)
            throws IOException;

    /** A titled list that reads as in the diagnosis of rank {@code firstRank}. */
    abstract void sameAs(String title, int firstRank, Writer out) throws IOException;

    /** A titled list; nothing when it is empty. */
    abstract void list(String title, List<String> items, Items kind, Writer out) throws IOException;

    /** A diagnosis ends. */
    abstract void closeDiagnosis(Diagnosis d, Writer out) throws IOException;

    /** {@code count} diagnoses were left out to stay within the limit: how to get them. */
    abstract void omitted(int count, Writer out) throws IOException;

    /** The document's end. */
    abstract void end(Writer out) throws IOException;
}
