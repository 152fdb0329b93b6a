package io.kdiag.facts.snapshot;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits one log line into its timestamp, severity and message. It knows the formats
 * Kubernetes components and their hosts write:
 * <ul>
 *   <li>classic and structured klog: {@code E0514 11:45:34.213536       1 controller.go:910] message},
 *       where the message may be structured ({@code "msg text" key="value"}); the year is missing;</li>
 *   <li>klog, zap and logrus JSON: {@code {"ts":1636639500.12,"msg":"...","v":0}}; the message
 *       becomes {@code msg key="value" ...} so it reads like structured klog;</li>
 *   <li>the RFC 3339 prefix {@code kubectl logs --timestamps} adds
 *       ({@code 2025-11-03T19:40:01.123456789Z <rest>});</li>
 *   <li>journald and syslog: {@code Apr 29 15:20:01 node-1 kubelet[2384]: <rest>} (host optional,
 *       year missing).</li>
 * </ul>
 * A prefix ({@code --timestamps}, syslog) may wrap a klog or JSON line: the severity and the
 * message come from the inner line, the time from the outer prefix. Anything else (a bare
 * structured line such as {@code "PreStop hook not completed in grace period" pod="..."}, a stack
 * trace line) is all message, with no time and no severity.
 */
final class LogLineFormat {

    /**
     * What one line says.
     *
     * @param message the text after the timestamp and severity
     * @param time the timestamp when it has a year, else {@code null}
     * @param yearless the timestamp when it has no year, else {@code null}
     * @param severity {@code I}, {@code W}, {@code E}, {@code F} or {@code ""}
     */
    record Parsed(String message, Instant time, YearlessTime yearless, String severity) {

        boolean hasTimestamp() {
            return time != null || yearless != null;
        }

        Parsed at(Instant outer) {
            return new Parsed(message, outer, null, severity);
        }

        Parsed at(YearlessTime outer) {
            return new Parsed(message, null, outer, severity);
        }
    }

    private static final Pattern RFC3339 = Pattern.compile(
            "^(\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(?:\\.\\d{1,9})?(?:Z|[+-]\\d{2}:\\d{2})) (.*)", Pattern.DOTALL);
    private static final String TIME_OF_DAY = "(\\d{2}):(\\d{2}):(\\d{2})(?:\\.(\\d{1,9}))?";
    private static final Pattern KLOG = Pattern.compile(
            "^([IWEF])(\\d{2})(\\d{2}) " + TIME_OF_DAY + "\\s+\\d+ [^\\]\\s]+\\] ?(.*)", Pattern.DOTALL);
    private static final Pattern SYSLOG = Pattern.compile(
            "^(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) +(\\d{1,2}) " + TIME_OF_DAY
                    + " (?:[^\\s\\[\\]:]+ )?[\\w.@/-]+(?:\\[\\d+\\])?: (.*)", Pattern.DOTALL);
    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("Jan", 1), Map.entry("Feb", 2), Map.entry("Mar", 3), Map.entry("Apr", 4),
            Map.entry("May", 5), Map.entry("Jun", 6), Map.entry("Jul", 7), Map.entry("Aug", 8),
            Map.entry("Sep", 9), Map.entry("Oct", 10), Map.entry("Nov", 11), Map.entry("Dec", 12));
    private static final Set<String> JSON_TIME = Set.of("ts", "time", "timestamp", "@timestamp");
    private static final Set<String> JSON_MESSAGE = Set.of("msg", "message");
    private static final Set<String> JSON_LEVEL = Set.of("level", "severity", "lvl");
    private static final Set<String> JSON_SKIPPED = Set.of("caller", "v", "logger");

    private final ObjectMapper json = new ObjectMapper();

    /** What the line says; a line in no known format is all message. */
    Parsed parse(String line) {
        Matcher rfc = RFC3339.matcher(line);
        if (rfc.matches()) {
            Instant time = rfc3339(rfc.group(1));
            if (time != null) {
                return inner(rfc.group(2)).at(time);
            }
        }
        Matcher sys = SYSLOG.matcher(line);
        if (sys.matches()) {
            YearlessTime time = yearless(MONTHS.get(sys.group(1)), Integer.parseInt(sys.group(2)), sys, 3);
            if (time != null) {
                return inner(sys.group(7)).at(time);
            }
        }
        return inner(line);
    }

    /** A klog or JSON line, or plain text. */
    private Parsed inner(String line) {
        Matcher klog = KLOG.matcher(line);
        if (klog.matches()) {
            YearlessTime time = yearless(Integer.parseInt(klog.group(2)), Integer.parseInt(klog.group(3)), klog, 4);
            if (time != null) {
                return new Parsed(klog.group(8), null, time, klog.group(1));
            }
        }
        if (line.startsWith("{") && line.strip().endsWith("}")) {
            Parsed parsed = jsonLine(line);
            if (parsed != null) {
                return parsed;
            }
        }
        return new Parsed(line, null, null, "");
    }

    private Parsed jsonLine(String line) {
        JsonNode tree;
        try {
            tree = json.readTree(line);
        } catch (IOException e) {
            return null;
        }
        if (!tree.isObject()) {
            return null;
        }
        StringBuilder message = new StringBuilder();
        StringBuilder fields = new StringBuilder();
        Instant time = null;
        String severity = "";
        boolean failed = false;
        for (Map.Entry<String, JsonNode> field : tree.properties()) {
            String key = field.getKey();
            JsonNode value = field.getValue();
            if (JSON_TIME.contains(key) && time == null) {
                time = jsonTime(value);
            } else if (JSON_MESSAGE.contains(key) && message.isEmpty()) {
                message.append(value.asText());
            } else if (JSON_LEVEL.contains(key)) {
                severity = severity(value.asText());
            } else if (!JSON_SKIPPED.contains(key)) {
                failed |= "err".equals(key) || "error".equals(key);
                fields.append(' ').append(key).append('=').append(value.isTextual() ? quote(value.asText()) : value);
            }
        }
        if (time == null && message.isEmpty()) {
            return null;
        }
        if (severity.isEmpty()) {
            severity = failed ? "E" : "I";
        }
        return new Parsed(message.append(fields).toString(), time, null, severity);
    }

    private static Instant jsonTime(JsonNode value) {
        if (value.isNumber()) {
            double seconds = value.asDouble();
            double epochSeconds = seconds > 1e11 ? seconds / 1000 : seconds;
            long whole = (long) Math.floor(epochSeconds);
            return Instant.ofEpochSecond(whole, Math.round((epochSeconds - whole) * 1e6) * 1000);
        }
        return value.isTextual() ? rfc3339(value.asText()) : null;
    }

    private static String severity(String level) {
        String l = level.toLowerCase(Locale.ROOT);
        if (l.isEmpty()) {
            return "";
        }
        return switch (l.charAt(0)) {
            case 'e' -> "E";
            case 'w' -> "W";
            case 'f', 'p', 'c' -> "F";
            case 'i', 'd', 't' -> "I";
            default -> "";
        };
    }

    private static String quote(String text) {
        return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }

    private static Instant rfc3339(String text) {
        try {
            return OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** The month and day, and the time of day in the four groups from {@code timeGroup} (hours to fraction). */
    private static YearlessTime yearless(int month, int day, Matcher m, int timeGroup) {
        String fraction = m.group(timeGroup + 3) == null ? "" : m.group(timeGroup + 3);
        int nanos = fraction.isEmpty() ? 0 : Integer.parseInt((fraction + "00000000").substring(0, 9));
        try {
            return new YearlessTime(MonthDay.of(month, day), LocalTime.of(Integer.parseInt(m.group(timeGroup)),
                    Integer.parseInt(m.group(timeGroup + 1)), Integer.parseInt(m.group(timeGroup + 2)), nanos));
        } catch (DateTimeException e) {
            return null;
        }
    }
}
