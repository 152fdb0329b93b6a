package io.kdiag.cli;

import io.kdiag.engine.render.ReportFormat;
import java.util.Arrays;
import java.util.Iterator;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads {@code -o FORMAT}: a format name in any case. Anything else is a usage error that lists
 * the formats, and points a file name to {@code --output-file}: {@code -o} never writes a file.
 */
final class FormatConverter implements ITypeConverter<ReportFormat> {

    @Override
    public ReportFormat convert(String value) {
        try {
            return ReportFormat.of(value);
        } catch (IllegalArgumentException e) {
            throw new TypeConversionException("'" + value + "' is not a report format (" + String.join(", ", new Names())
                    + "); to write the report to a file, use --output-file FILE");
        }
    }

    /** The format names, for help and shell completion. */
    static final class Names implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Arrays.stream(ReportFormat.values()).map(ReportFormat::label).iterator();
        }
    }
}
