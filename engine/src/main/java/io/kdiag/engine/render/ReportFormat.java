package io.kdiag.engine.render;

import io.kdiag.engine.report.Report;
import java.io.IOException;
import java.io.Writer;
import java.util.Locale;

/** The formats a report can be written in. */
public enum ReportFormat {
    /** For people at a terminal. */
    TEXT(new TextRenderer()),
    /** The contract's JSON tree. */
    JSON(TreeRenderer.json()),
    /** The same tree as YAML. */
    YAML(TreeRenderer.yaml()),
    /** For tickets and wikis. */
    MARKDOWN(new MarkdownRenderer()),
    /** A single self-contained page. */
    HTML(new HtmlRenderer());

    private final Renderer renderer;

    ReportFormat(Renderer renderer) {
        this.renderer = renderer;
    }

    /** Writes the report; the writer is flushed, not closed. */
    public void write(Report report, Writer out) throws IOException {
        renderer.render(report, out);
        out.flush();
    }

    /**
     * The format with this name ({@code text}, {@code json}, {@code yaml}, {@code markdown}, {@code html}).
     *
     * @throws IllegalArgumentException for any other name
     */
    public static ReportFormat of(String name) {
        try {
            return valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown format '" + name + "' (text, json, yaml, markdown, html)", e);
        }
    }
}
