package io.kdiag.engine.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.kdiag.engine.RuleError;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Turns a Jackson error reading a small YAML file (a content file, an {@code expect.yaml}) into
 * one {@code file:line:column: message} error: an unknown field is named with the fields that
 * exist and placed at its key (Jackson places it after the value), an invalid value by the
 * message of the type that refused it, anything else by the parser's first line.
 */
public final class YamlErrors {

    private YamlErrors() {
    }

    /** The error, placed in {@code text}, the file's content. */
    public static RuleError of(String file, String text, JsonProcessingException e) {
        var location = e.getLocation();
        int line = location == null ? 0 : location.getLineNr();
        int column = location == null ? 0 : location.getColumnNr();
        if (e instanceof UnrecognizedPropertyException unknown) {
            String message = "unknown field '" + unknown.getPropertyName() + "' (known: " + unknown.getKnownPropertyIds()
                    .stream().map(String::valueOf).sorted().collect(Collectors.joining(", ")) + ")";
            Matcher key = Pattern.compile("(?m)^([ \\t-]*)" + Pattern.quote(unknown.getPropertyName()) + "\\s*:").matcher(text);
            int before = line;
            while (key.find()) {
                RuleError at = ContentChecks.at(file, text, key.start() + key.group(1).length(), message);
                if (at.line() <= before || before == 0) {
                    line = at.line();
                    column = at.column();
                } else {
                    break;
                }
            }
            return new RuleError(file, line, column, message);
        }
        Throwable cause = e.getCause() != null ? e.getCause() : e;
        String message = cause instanceof IllegalArgumentException ? cause.getMessage() : e.getOriginalMessage();
        return new RuleError(file, line, column, Optional.ofNullable(message).orElse("unreadable").lines()
                .findFirst().orElse("").strip());
    }
}
