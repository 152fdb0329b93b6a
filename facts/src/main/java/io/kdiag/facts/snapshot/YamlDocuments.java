package io.kdiag.facts.snapshot;

import java.io.IOException;
import java.io.Reader;

/**
 * Splits a YAML text at its {@code ---} document markers into one reader per document, so that
 * each document is parsed on its own (one broken document costs only itself) while none is
 * ever held in memory: a document's reader passes its lines on as the parser asks for them.
 */
final class YamlDocuments {

    private final BoundedLines lines;
    private final int maxLineChars;
    private BoundedLines.Line next;
    private boolean started;

    YamlDocuments(Reader text, int maxLineChars) {
        this.lines = new BoundedLines(text, maxLineChars);
        this.maxLineChars = maxLineChars;
    }

    /** The next document, or {@code null} at the end of the text. Read the previous one to its end first. */
    Document next() throws IOException {
        if (!started) {
            started = true;
            next = lines.next();
        }
        return next == null ? null : new Document(next);
    }

    private static boolean isDocumentMarker(String line) {
        return line.startsWith("---") && (line.length() == 3 || Character.isWhitespace(line.charAt(3)));
    }

    /** One document's text, its marker line included, read line by line. */
    final class Document extends Reader {
        private final int firstLine;
        private String buffer;
        private int position;
        private boolean ended;
        private boolean blank = true;
        private String refused;
        private int lastLine;

        private Document(BoundedLines.Line first) {
            this.firstLine = first.number();
            take(first);
        }

        /** The number of the document's first line, from 1. */
        int firstLine() {
            return firstLine;
        }

        /** Why the document was cut short (a line over the bound), or {@code null}. */
        String refused() {
            return refused;
        }

        /** The number of the last line handed to the parser. */
        int lastLine() {
            return lastLine;
        }

        /** Whether the document holds only blank lines and comments so far. */
        boolean isBlank() {
            return blank;
        }

        /** Reads to the document's end, so the next one starts at its marker. */
        void skipRest() throws IOException {
            while (!ended) {
                advance();
            }
        }

        @Override
        public int read(char[] target, int offset, int length) throws IOException {
            while (!ended && position == buffer.length()) {
                advance();
            }
            if (ended && (buffer == null || position == buffer.length())) {
                return -1;
            }
            int n = Math.min(length, buffer.length() - position);
            buffer.getChars(position, position + n, target, offset);
            position += n;
            return n;
        }

        @Override
        public void close() {
            // the text belongs to the splitter
        }

        private void advance() throws IOException {
            next = lines.next();
            if (next == null || isDocumentMarker(next.text()) || refused != null) {
                if (next != null && refused != null && !isDocumentMarker(next.text())) {
                    return;
                }
                ended = true;
                buffer = "";
                position = 0;
                return;
            }
            take(next);
        }

        private void take(BoundedLines.Line line) {
            lastLine = line.number();
            if (line.tooLong()) {
                refused = "line " + line.number() + " is longer than " + maxLineChars + " characters";
                buffer = "";
                position = 0;
                return;
            }
            String text = line.text();
            String stripped = text.strip();
            String content = isDocumentMarker(text) ? text.substring(3).strip() : stripped;
            if (!content.isEmpty() && !content.startsWith("#")) {
                blank = false;
            }
            buffer = text + "\n";
            position = 0;
        }
    }
}
