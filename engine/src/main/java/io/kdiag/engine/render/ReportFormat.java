package io.kdiag.engine.render;

import io.kdiag.engine.report.Report;
import java.io.IOException;
import java.io.Writer;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The formats a report can be written in, named as {@code -o FORMAT} names them. */
public enum ReportFormat {
    /** For people at a terminal: a triage summary, then the details. */
    TEXT(new TextRenderer()),
    /** The contract's JSON tree. */
    JSON(TreeRenderer.json()),
    /** The same tree as YAML. */
    YAML(TreeRenderer.yaml()),
    /** For tickets and pull-request comments: at most {@value MarkdownRenderer#LIMIT} characters. */
    MARKDOWN(new MarkdownRenderer()),
    /** A single self-contained page with each causal chain drawn as a graph. */
    HTML(new HtmlRenderer()),
    /** SARIF 2.1.0, for code-scanning tools. */
    SARIF(new SarifRenderer()),
    /** JUnit XML, for CI systems: a test suite per playbook. */
    JUNIT(new JunitRenderer());

    private final Renderer renderer;

    ReportFormat(Renderer renderer) {
        this.renderer = renderer;
    }

    /** Writes the report with the default options; the writer is flushed, not closed. */
    public void write(Report report, Writer out) throws IOException {
        write(report, RenderOptions.defaults(), out);
    }

    /** Writes the report; the writer is flushed, not closed. */
    public void write(Report report, RenderOptions options, Writer out) throws IOException {
        renderer.render(report, options, out);
        out.flush();
    }

    /** The name {@code -o} takes: {@code text}, {@code json}, ... */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return label();
    }

    /**
     * The format with this name, in any case.
     *
     * @throws IllegalArgumentException for any other name
     */
    public static ReportFormat of(String name) {
        for (ReportFormat format : values()) {
            if (format.label().equalsIgnoreCase(name)) {
                return format;
            }
        }
        throw new IllegalArgumentException("unknown format '" + name + "' (" + Arrays.stream(values())
                .map(ReportFormat::label).collect(Collectors.joining(", ")) + ")");
    }
}
