package io.kdiag.engine.internal;

import io.kdiag.engine.RuleError;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the line and column of a Drools compile error in its DRL text. Drools gives the column
 * only for parse errors, inside the message ({@code [ERR 101] Line 4:19 ...}, 0-based); for
 * other errors it gives a line (of the pattern, or of the rule for consequence errors) and the
 * offending text inside the message: the expression, the quoted type, the undefined method or
 * variable. That text is searched for from the reported line to the end of the rule.
 */
final class ErrorLocator {

    private static final Pattern PARSER_POSITION = Pattern.compile("\\bLine (\\d+):(\\d+)\\b");
    private static final List<Pattern> OFFENDERS = List.of(
            Pattern.compile("Unable to Analyse Expression (.+?):?$", Pattern.MULTILINE),
            Pattern.compile("Unable to resolve ObjectType '([^']+)'"),
            Pattern.compile("The method (\\w+\\()"),
            Pattern.compile("(\\S+) cannot be resolved"),
            Pattern.compile("'([^']+)'"));

    private ErrorLocator() {
    }

    /**
     * The error with its position.
     *
     * @param file the DRL file, as errors name it
     * @param drl its text, or {@code ""} when unknown
     * @param reportedLine the line Drools reported, or 0
     * @param message Drools' message, possibly over several lines
     */
    static RuleError locate(String file, String drl, int reportedLine, String message) {
        String summary = summary(message);
        Matcher parser = PARSER_POSITION.matcher(message);
        if (parser.find()) {
            return new RuleError(file, Integer.parseInt(parser.group(1)), Integer.parseInt(parser.group(2)) + 1, summary);
        }
        List<String> lines = drl.lines().toList();
        for (Pattern offender : OFFENDERS) {
            Matcher m = offender.matcher(message);
            if (m.find()) {
                int[] at = find(lines, reportedLine, m.group(1).strip());
                if (at != null) {
                    return new RuleError(file, at[0], at[1], summary);
                }
            }
        }
        return new RuleError(file, reportedLine, 0, summary);
    }

    /**
     * The line and column (from 1) of the first occurrence of text from the line on, within its
     * rule, or {@code null}. Also places a rule that a run-time warning names ({@link RuleSources}).
     */
    static int[] find(List<String> lines, int fromLine, String text) {
        if (text.isEmpty() || fromLine < 1) {
            return null;
        }
        for (int i = fromLine - 1; i < lines.size(); i++) {
            int column = lines.get(i).indexOf(text);
            if (column >= 0) {
                return new int[] {i + 1, column + 1};
            }
            if (i >= fromLine && lines.get(i).strip().equals("end")) {
                return null;
            }
        }
        return null;
    }

    /** The message in one line: its lines joined, Drools' pointer and position lines dropped. */
    private static String summary(String message) {
        List<String> parts = new ArrayList<>();
        for (String line : message.lines().map(String::strip).toList()) {
            if (!line.isEmpty() && !line.equals("^") && !line.startsWith("[Near") && !line.startsWith("[Line:")) {
                parts.add(line.endsWith(":") ? line.substring(0, line.length() - 1) : line);
            }
        }
        return String.join(": ", parts);
    }
}
