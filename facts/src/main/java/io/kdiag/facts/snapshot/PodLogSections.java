package io.kdiag.facts.snapshot;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits the {@code logs.txt} of a {@code kubectl cluster-info dump} pod into one section per
 * container, at its {@code ==== START logs for container <c> of pod <ns>/<pod> ====} and
 * {@code ==== END logs for container <c> of pod <ns>/<pod> ====} markers. Text outside any
 * section is not log output and is dropped; a line over the length bound is kept empty, so that
 * line numbers still match the file.
 */
final class PodLogSections {

    private static final Pattern START = Pattern.compile("==== START logs for container (\\S+) of pod \\S+ ====");
    private static final Pattern END = Pattern.compile("==== END logs for container \\S+ of pod \\S+ ====");

    /**
     * The log of one container.
     *
     * @param container the container's name
     * @param firstLine the line of the file the section's first log line is on, from 1
     * @param text the section's log lines, each ending in a newline, after one empty line for
     *     each line of the file before the section: a reader of it counts the file's line numbers
     */
    record Section(String container, int firstLine, String text) {
    }

    private PodLogSections() {
    }

    /**
     * The sections of the text, in file order.
     *
     * @param maxLineChars the longest line kept; longer ones are dropped
     */
    static List<Section> split(Reader text, int maxLineChars) throws IOException {
        List<Section> sections = new ArrayList<>();
        BoundedLines lines = new BoundedLines(text, maxLineChars);
        String container = null;
        int firstLine = 0;
        StringBuilder body = new StringBuilder();
        for (BoundedLines.Line line = lines.next(); line != null; line = lines.next()) {
            Matcher start = START.matcher(line.text());
            if (start.matches() || END.matcher(line.text()).matches()) {
                if (container != null) {
                    sections.add(new Section(container, firstLine, body.toString()));
                }
                container = start.matches() ? start.group(1) : null;
                firstLine = line.number() + 1;
                body.setLength(0);
                body.append("\n".repeat(line.number()));
            } else if (container != null) {
                body.append(line.text()).append('\n');
            }
        }
        if (container != null) {
            sections.add(new Section(container, firstLine, body.toString()));
        }
        return sections;
    }
}
