package io.kdiag.engine.render;

import io.kdiag.engine.report.Report;
import java.io.IOException;
import java.io.Writer;

/** Writes a report in one format. */
interface Renderer {

    /** Writes the whole report. */
    void render(Report report, RenderOptions options, Writer out) throws IOException;
}
