package io.kdiag.facts.snapshot;

import java.io.IOException;
import java.io.Reader;

/**
 * Reads a text line by line without ever holding more than a bounded line in memory: a line
 * longer than the bound (a minified file, a binary blob without newlines) is skipped to its end
 * and reported as too long instead of being built up in full.
 */
final class BoundedLines {

    /**
     * One line of the text.
     *
     * @param text the line without its terminator, or {@code ""} when it was too long
     * @param number the line's number, from 1
     * @param tooLong whether the line exceeded the bound and its text was dropped
     * @param head the line's first characters up to the bound: the whole line unless it was too long
     */
    record Line(String text, int number, boolean tooLong, String head) {
    }

    private final Reader reader;
    private final int maxLineChars;
    private final char[] buffer = new char[1 << 16];
    private final StringBuilder line = new StringBuilder();
    private int position;
    private int limit;
    private int number;
    private boolean pendingCarriageReturn;

    BoundedLines(Reader reader, int maxLineChars) {
        this.reader = reader;
        this.maxLineChars = maxLineChars;
    }

    /** The next line, or {@code null} at the end of the text. */
    Line next() throws IOException {
        line.setLength(0);
        boolean tooLong = false;
        boolean any = false;
        while (true) {
            if (position == limit && !fill()) {
                return any ? finish(tooLong) : null;
            }
            char c = buffer[position++];
            if (pendingCarriageReturn) {
                pendingCarriageReturn = false;
                if (c == '\n') {
                    continue;
                }
            }
            any = true;
            if (c == '\n' || c == '\r') {
                pendingCarriageReturn = c == '\r';
                return finish(tooLong);
            }
            if (line.length() < maxLineChars) {
                line.append(c);
            } else {
                tooLong = true;
            }
        }
    }

    private Line finish(boolean tooLong) {
        number++;
        String head = line.toString();
        return new Line(tooLong ? "" : head, number, tooLong, head);
    }

    private boolean fill() throws IOException {
        limit = reader.read(buffer, 0, buffer.length);
        position = 0;
        if (limit <= 0) {
            limit = 0;
            return false;
        }
        return true;
    }
}
