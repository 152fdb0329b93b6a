package io.kdiag.engine.render;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a piece of evidence was read, split into file and line: {@code dump/events.yaml:88}.
 *
 * @param file the file (or the stream's or object's name)
 * @param line the line, when known
 */
record EvidenceSource(String file, OptionalInt line) {

    private static final Pattern FILE_LINE = Pattern.compile("(.+):(\\d{1,9})");

    /** Splits a {@code file:line} source; a source without a line is all file. */
    static EvidenceSource parse(String source) {
        Matcher m = FILE_LINE.matcher(source);
        if (m.matches() && Integer.parseInt(m.group(2)) > 0) {
            return new EvidenceSource(m.group(1), OptionalInt.of(Integer.parseInt(m.group(2))));
        }
        return new EvidenceSource(source, OptionalInt.empty());
    }

    /** The file as a relative or absolute URI reference, characters outside URIs quoted. */
    String uri() {
        try {
            return new URI(null, null, file.replace('\\', '/'), null).toASCIIString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot quote " + file, e);
        }
    }
}
