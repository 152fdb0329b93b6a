package io.kdiag.cli;

import io.kdiag.engine.render.ReportFormat;

/**
 * Reads {@code -o FORMAT}: a format name in any case. Anything else is a usage error that lists
 * the formats and points a file name to {@code --output-file}: {@code -o} never writes a file.
 */
final class FormatChoice extends LabelledChoice<ReportFormat> {

    FormatChoice() {
        super(ReportFormat.values(), ReportFormat::label, "report format",
                "; to write the report to a file, use --output-file FILE");
    }
}
