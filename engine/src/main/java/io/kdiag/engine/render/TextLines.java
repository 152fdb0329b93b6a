package io.kdiag.engine.render;

import java.io.IOException;
import java.io.Writer;
import java.util.Arrays;
import java.util.List;

/**
 * Writes lines of at most a given width, breaking only between words: a word wider than the
 * line (a long object name) gets a line of its own rather than being cut.
 */
final class TextLines {

    private final Writer out;
    private final int width;

    TextLines(Writer out, int width) {
        this.out = out;
        this.width = width;
    }

    /** One line as it is, never broken (commands stay pasteable). */
    void add(String line) throws IOException {
        out.write(line.stripTrailing());
        out.write('\n');
    }

    /** Prose after an indent, continued at the same indent. */
    void wrap(String indent, String text) throws IOException {
        wrap(indent, " ".repeat(TextStyle.visibleLength(indent)), text);
    }

    /** Prose after a first-line prefix, continued after {@code rest}. */
    void wrap(String first, String rest, String text) throws IOException {
        words(first, rest, Arrays.asList(text.strip().split("\\s+")));
    }

    /** Words (each kept whole, styled or not) after a first-line prefix, continued after {@code rest}. */
    void words(String first, String rest, List<String> words) throws IOException {
        StringBuilder line = new StringBuilder(first);
        int length = TextStyle.visibleLength(first);
        boolean empty = true;
        for (String word : words) {
            int wordLength = TextStyle.visibleLength(word);
            if (!empty && length + 1 + wordLength > width) {
                add(line.toString());
                line = new StringBuilder(rest);
                length = TextStyle.visibleLength(rest);
                empty = true;
            }
            if (!empty) {
                line.append(' ');
                length++;
            }
            line.append(word);
            length += wordLength;
            empty = false;
        }
        add(line.toString());
    }
}
