package io.kdiag.facts.snapshot;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks credentials in log text before kdiag keeps it: bearer and basic authorization
 * headers, passwords and tokens as {@code key=value}, {@code key="value"} or JSON
 * {@code "key": "value"}, and passwords in URLs ({@code https://user:secret@host}). The key
 * stays, so the evidence still shows that a credential was there.
 *
 * <p>Each pattern runs only on lines that hold one of its words: most log lines hold none, and
 * the patterns cost far more than the look for the words. The key patterns start at the
 * delimiter ({@code =} or {@code :}) and look back for the key, so that only the few
 * positions holding a delimiter pay for the list of keys.
 */
final class LogRedaction {

    static final String MASK = "***";

    /** A credential's key, found by looking back from the delimiter that follows it. */
    private static final String KEY = "(?<![A-Za-z])(?:password|passwd|pwd|secret|token|api[_-]?key"
            + "|access[_-]?key|secret[_-]?key|client[_-]?secret|credentials?)";
    private static final List<String> KEY_WORDS = List.of("pass", "pwd", "secret", "token", "key", "credential");

    /** A pattern that masks its first group's continuation, and the words a line needs for it to apply. */
    private record Secret(Pattern pattern, List<String> words) {

        boolean mayApply(String lowerCase) {
            return words.stream().anyMatch(lowerCase::contains);
        }
    }

    private static final List<Secret> SECRETS = List.of(
            new Secret(Pattern.compile("(?i)(\\b(?:Bearer|Basic)\\s+)[A-Za-z0-9\\-._~+/]+=*"), List.of("bearer", "basic")),
            new Secret(Pattern.compile("(?i)([=:]\\s{0,3}\")(?<=" + KEY + "\"?\\s{0,3}[=:]\\s{0,3}\")(?:[^\"\\\\]|\\\\.)+(?=\")"),
                    KEY_WORDS),
            new Secret(Pattern.compile("(?i)(=)(?<=" + KEY + "=)[^\\s\"'&,;}]+"), KEY_WORDS),
            new Secret(Pattern.compile("(://[^/\\s:@]+:)[^@\\s/]+(?=@)"), List.of("://")));

    private LogRedaction() {
    }

    /** The text with every credential replaced by {@value #MASK}. */
    static String redact(String text) {
        String lowerCase = text.toLowerCase(Locale.ROOT);
        String out = text;
        for (Secret secret : SECRETS) {
            if (!secret.mayApply(lowerCase)) {
                continue;
            }
            Matcher m = secret.pattern().matcher(out);
            if (m.find()) {
                out = m.replaceAll(r -> Matcher.quoteReplacement(r.group(1) + MASK));
            }
        }
        return out;
    }
}
