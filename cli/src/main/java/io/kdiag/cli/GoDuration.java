package io.kdiag.cli;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Durations as {@code kubectl} takes them ({@code 30s}, {@code 5m}, {@code 1h30m}, {@code 500ms}). */
final class GoDuration implements ITypeConverter<Duration> {

    private static final Pattern PART = Pattern.compile("(\\d+)(ms|h|m|s)");
    private static final Pattern WHOLE = Pattern.compile("(?:\\d+(?:ms|h|m|s))+");

    @Override
    public Duration convert(String value) {
        if (!WHOLE.matcher(value).matches()) {
            throw new TypeConversionException("not a duration such as 30s, 5m or 1h30m: '" + value + "'");
        }
        Duration total = Duration.ZERO;
        Matcher part = PART.matcher(value);
        while (part.find()) {
            long amount = Long.parseLong(part.group(1));
            total = total.plus(switch (part.group(2)) {
                case "h" -> Duration.ofHours(amount);
                case "m" -> Duration.ofMinutes(amount);
                case "s" -> Duration.ofSeconds(amount);
                default -> Duration.ofMillis(amount);
            });
        }
        return total;
    }
}
