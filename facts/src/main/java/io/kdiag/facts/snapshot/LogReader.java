package io.kdiag.facts.snapshot;

import io.kdiag.facts.LogLine;
import io.kdiag.facts.ObjectRef;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Reads the lines of one log into {@link LogLine} facts, each with its source {@code file:line}
 * and, when the caller knows them, the pod and container whose log it is. Formats and
 * timestamps are those {@link LogLineFormat} knows.
 *
 * <ul>
 *   <li>Blank lines are skipped (their numbers still count).</li>
 *   <li>A line without a timestamp (a bare structured klog line, a stack trace, a continuation of
 *       a multi-line message) stands alone with no time: it is not glued to the line before, so
 *       that every line keeps its own {@code file:line} and a gRPC error on a continuation line
 *       is still found.</li>
 *   <li>A timestamp without a year (klog, syslog) is kept aside in the {@link LogEntry}: the year
 *       is resolved once the snapshot's capture time is known.</li>
 *   <li>Credentials are masked ({@link LogRedaction}); a line longer than the limit keeps its
 *       first characters and the rest is skipped without being held in memory.</li>
 * </ul>
 * An instance may read many logs, one after another.
 */
final class LogReader {

    /** The most characters a line keeps. */
    static final int DEFAULT_MAX_LINE_CHARS = 16 * 1024;

    private static final String CUT_MARK = " [cut]";

    private final LogLineFormat format = new LogLineFormat();
    private final int maxLineChars;

    /** A reader that keeps {@value #DEFAULT_MAX_LINE_CHARS} characters a line. */
    LogReader() {
        this(DEFAULT_MAX_LINE_CHARS);
    }

    /** A reader that keeps at most this many characters a line. */
    LogReader(int maxLineChars) {
        this.maxLineChars = maxLineChars;
    }

    /**
     * Reads every line of a log whose pod and container are known (or known to be none).
     *
     * @param text the log, positioned at its start
     * @param name how sources name the file
     * @param pod the pod whose log it is, or {@code null} for a log of no known pod
     * @param container the container whose log it is, or {@code ""}
     * @param lines receives each line read
     * @param warnings receives what could not be kept whole
     */
    void read(Reader text, String name, ObjectRef pod, String container, Consumer<LogEntry> lines,
            Consumer<SnapshotWarning> warnings) throws IOException {
        read(text, name, pod, container, 0, raw -> { }, lines, warnings);
    }

    /**
     * Reads a file that no layout places, in one pass: its lines, and its first lines as they
     * are for {@code head}. A file that only may be a log (a {@code .txt}) is one when one of
     * its first {@code linesToTry} non-blank lines carries a log timestamp; otherwise nothing
     * is handed on.
     *
     * @param linesToTry how many non-blank lines may pass before one carries a timestamp, or 0
     *     when the file is a log whatever it holds
     * @param head receives each line as the file holds it, before it is parsed
     * @return whether the file was read as a log
     */
    boolean readPlain(Reader text, String name, int linesToTry, Consumer<String> head, Consumer<LogEntry> lines,
            Consumer<SnapshotWarning> warnings) throws IOException {
        return read(text, name, null, "", linesToTry, head, lines, warnings);
    }

    private boolean read(Reader text, String name, ObjectRef pod, String container, int linesToTry,
            Consumer<String> head, Consumer<LogEntry> lines, Consumer<SnapshotWarning> warnings) throws IOException {
        BoundedLines input = new BoundedLines(text, maxLineChars);
        List<LogEntry> unproven = new ArrayList<>();
        boolean proven = linesToTry == 0;
        int cut = 0;
        for (BoundedLines.Line read = input.next(); read != null; read = input.next()) {
            String raw = read.head();
            head.accept(raw);
            if (raw.isBlank()) {
                continue;
            }
            String kept = read.tooLong() ? raw + CUT_MARK : raw;
            cut += read.tooLong() ? 1 : 0;
            LogLineFormat.Parsed parsed = format.parse(kept);
            LogEntry entry = new LogEntry(new LogLine(LogRedaction.redact(parsed.message()), parsed.time(),
                    parsed.severity(), pod, container, name + ":" + read.number()), parsed.yearless());
            if (proven) {
                lines.accept(entry);
            } else if (parsed.hasTimestamp()) {
                proven = true;
                unproven.forEach(lines);
                lines.accept(entry);
            } else if (unproven.size() + 1 == linesToTry) {
                return false;
            } else {
                unproven.add(entry);
            }
        }
        if (!proven) {
            return false;
        }
        if (cut > 0) {
            warnings.accept(new SnapshotWarning(name, cut + (cut == 1 ? " line" : " lines") + " longer than "
                    + maxLineChars + " characters cut"));
        }
        return true;
    }
}
