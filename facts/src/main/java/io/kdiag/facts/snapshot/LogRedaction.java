package io.kdiag.facts.snapshot;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks credentials in log text before kdiag keeps it: bearer and basic authorization
 * headers, passwords and tokens as {@code key=value}, {@code key="value"} or JSON
 * {@code "key": "value"}, and passwords in URLs ({@code https://user:secret@host}). The key
 * stays, so the evidence still shows that a credential was there.
 */
final class LogRedaction {

    static final String MASK = "***";

    private static final String KEYS = "(?<![A-Za-z])(?:password|passwd|pwd|secret|token|api[_-]?key"
            + "|access[_-]?key|secret[_-]?key|client[_-]?secret|credentials?)";

    private static final List<Pattern> SECRETS = List.of(
            Pattern.compile("(?i)(\\b(?:Bearer|Basic)\\s+)[A-Za-z0-9\\-._~+/]+=*"),
            Pattern.compile("(?i)(" + KEYS + "\"?\\s*[=:]\\s*\")(?:[^\"\\\\]|\\\\.)+(?=\")"),
            Pattern.compile("(?i)(" + KEYS + "=)[^\\s\"'&,;}]+"),
            Pattern.compile("(://[^/\\s:@]+:)[^@\\s/]+(?=@)"));

    private LogRedaction() {
    }

    /** The text with every credential replaced by {@value #MASK}. */
    static String redact(String text) {
        String out = text;
        for (Pattern secret : SECRETS) {
            Matcher m = secret.matcher(out);
            if (m.find()) {
                out = m.replaceAll(r -> Matcher.quoteReplacement(r.group(1) + MASK));
            }
        }
        return out;
    }
}
