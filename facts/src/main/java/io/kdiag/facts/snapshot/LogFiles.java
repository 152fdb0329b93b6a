package io.kdiag.facts.snapshot;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Which files are plain logs, and how they are opened. A {@code .log} file (also a rotated
 * {@code .log.1}) is a log; a {@code .txt} file is one when one of its first
 * {@value #LINES_TO_TRY} non-blank lines carries a log timestamp, which the reading of it finds
 * out ({@link LogReader#readPlain}). Logs are read as UTF-8 with malformed bytes replaced: a log
 * with a stray binary byte is still a log.
 */
final class LogFiles {

    /** How many non-blank lines of a {@code .txt} file may pass before one carries a timestamp. */
    static final int LINES_TO_TRY = 20;

    private static final Pattern LOG_NAME = Pattern.compile(".*\\.log(?:\\.\\d+)?");

    private LogFiles() {
    }

    /** Whether the file's name makes it a log whatever it holds. */
    static boolean namedLog(Path file) {
        return LOG_NAME.matcher(lowerName(file)).matches();
    }

    /** Whether the file's name makes it a log if its first lines look like one. */
    static boolean mayBeLog(Path file) {
        return lowerName(file).endsWith(".txt");
    }

    /** The file's text, decoded leniently. */
    static BufferedReader open(Path file) throws IOException {
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        return new BufferedReader(new InputStreamReader(Files.newInputStream(file), decoder));
    }

    private static String lowerName(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT);
    }
}
