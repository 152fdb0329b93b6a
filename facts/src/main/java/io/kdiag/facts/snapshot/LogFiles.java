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
 * {@code .log.1}) is a log; a {@code .txt} file is one when one of its first lines carries a
 * log timestamp. Logs are read as UTF-8 with malformed bytes replaced: a log with a stray
 * binary byte is still a log.
 */
final class LogFiles {

    private static final Pattern LOG_NAME = Pattern.compile(".*\\.log(?:\\.\\d+)?");
    private static final int LINES_TO_SNIFF = 20;
    private static final LogReader SNIFFER = new LogReader();

    private LogFiles() {
    }

    /** Whether the file is a plain log. */
    static boolean isLog(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (LOG_NAME.matcher(name).matches()) {
            return true;
        }
        if (!name.endsWith(".txt")) {
            return false;
        }
        try (BufferedReader text = open(file)) {
            return SNIFFER.looksLikeLog(text, LINES_TO_SNIFF);
        } catch (IOException e) {
            return false;
        }
    }

    /** The file's text, decoded leniently. */
    static BufferedReader open(Path file) throws IOException {
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        return new BufferedReader(new InputStreamReader(Files.newInputStream(file), decoder));
    }
}
