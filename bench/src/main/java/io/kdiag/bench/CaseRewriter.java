package io.kdiag.bench;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Makes one copy of a test case's snapshot fit into a shared synthetic cluster: every namespace
 * and every cluster-scoped name the case defines gets the case's tag as a suffix, every UID is
 * replaced by one derived from the tag, and every timestamp moves by the same amount, so that
 * the case's own analysis clock lands on the cluster's. The names a real cluster makes unique by
 * a random suffix (pods, ReplicaSets: {@link GeneratedNames}) get new suffixes. Applied to every
 * string value and every log line alike (log file paths too), so references between objects,
 * event messages, reporting components and logs stay consistent.
 */
final class CaseRewriter {

    private static final String NOT_NAME = "[A-Za-z0-9.-]";
    /** What may not border a generated name: a dot may ({@code pod.log}, an event's {@code pod.17a8...}). */
    private static final String NOT_GENERATED_NAME = "[A-Za-z0-9-]";
    /**
     * A UID, standing alone or ending a name or an ID: a dynamically provisioned volume's name
     * ({@code pvc-<claim UID>}, which a provisioner's "error syncing claim" and a driver's "Volume
     * ID" tie to the claim), a volume handle ({@code 0001-0009-rook-ceph-...-<UUID>}), a
     * populator's prime claim ({@code vs-prime-<UID>}). A real cluster's are unique; copies that
     * kept them would share volumes. (A cluster-scoped name the case defines is renamed first and
     * ends in the tag, so its UID stays and it keeps its name.)
     */
    private static final Pattern UID = Pattern.compile(
            "(?<![A-Za-z0-9.])[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}(?!" + NOT_NAME + ")");
    private static final Pattern INSTANT = Pattern.compile(
            "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(?:\\.\\d{1,9})?(?:Z|[+-]\\d{2}:\\d{2})");
    /** klog's header: severity, month and day, time of day (no year). */
    private static final Pattern KLOG = Pattern.compile("^([IWEF])(\\d{4} \\d{2}:\\d{2}:\\d{2}\\.\\d{6})");
    private static final DateTimeFormatter KLOG_TIME = DateTimeFormatter.ofPattern("uuuuMMdd HH:mm:ss.SSSSSS");

    private final String tag;
    private final Map<String, String> names;
    private final Pattern namePattern;
    private final Map<String, String> generated;
    private final Pattern generatedPattern;
    private final Duration shift;
    private final Instant caseClock;

    /**
     * @param tag the suffix of every renamed name, unique to this copy
     * @param renamed the namespaces and cluster-scoped names the case defines
     * @param generated the case's generated names and their new names in this copy
     * @param caseClock the case's own analysis clock
     * @param clusterClock the clock of the cluster the copy goes into
     */
    CaseRewriter(String tag, Set<String> renamed, Map<String, String> generated, Instant caseClock,
            Instant clusterClock) {
        this.tag = tag;
        this.names = renamed.stream().collect(Collectors.toMap(n -> n, n -> n + tag));
        this.namePattern = anyOf(renamed, NOT_NAME);
        this.generated = Map.copyOf(generated);
        this.generatedPattern = anyOf(generated.keySet(), NOT_GENERATED_NAME);
        this.caseClock = caseClock;
        this.shift = Duration.between(caseClock, clusterClock);
    }

    /** A pattern that finds any of the names, longest first, where no {@code border} character borders it. */
    private static Pattern anyOf(Set<String> names, String border) {
        List<String> longestFirst = names.stream().sorted(Comparator.comparingInt(String::length).reversed()
                .thenComparing(Comparator.naturalOrder())).toList();
        return longestFirst.isEmpty() ? null : Pattern.compile("(?<!" + border + ")(?:"
                + longestFirst.stream().map(Pattern::quote).collect(Collectors.joining("|")) + ")(?!" + border + ")");
    }

    /** The new name of a namespace or cluster-scoped name, or the name itself when the case does not define it. */
    String name(String name) {
        return names.getOrDefault(name, name);
    }

    /** The names this copy renamed, as they are after renaming. */
    Set<String> renamedNames() {
        return Set.copyOf(names.values());
    }

    /** A string value or log line, renamed, with new UIDs and moved timestamps. */
    String rewrite(String text) {
        String out = text;
        if (generatedPattern != null) {
            out = generatedPattern.matcher(out).replaceAll(m -> Matcher.quoteReplacement(generated.get(m.group())));
        }
        if (namePattern != null) {
            out = namePattern.matcher(out).replaceAll(m -> Matcher.quoteReplacement(names.get(m.group())));
        }
        out = UID.matcher(out).replaceAll(m -> UUID.nameUUIDFromBytes((tag + m.group()).getBytes(StandardCharsets.UTF_8))
                .toString());
        out = INSTANT.matcher(out).replaceAll(m -> Instant.parse(normalise(m.group())).plus(shift).toString());
        return out;
    }

    /** A log line: its klog header (which has no year) moves too. */
    String rewriteLogLine(String line) {
        Matcher klog = KLOG.matcher(line);
        String out = line;
        if (klog.find()) {
            LocalDateTime at = klogTime(klog.group(2));
            out = klog.group(1) + KLOG_TIME.format(at.plus(shift)).substring(4) + line.substring(klog.end());
        }
        return rewrite(out);
    }

    /** klog's year is the clock's, unless that puts the line more than a day after the clock (then the year before). */
    private LocalDateTime klogTime(String monthDayTime) {
        int year = caseClock.atOffset(ZoneOffset.UTC).getYear();
        LocalDateTime at = LocalDateTime.parse(year + monthDayTime, KLOG_TIME);
        if (at.toInstant(ZoneOffset.UTC).isAfter(caseClock.plus(Duration.ofDays(1)))) {
            at = LocalDateTime.parse((year - 1) + monthDayTime, KLOG_TIME);
        }
        return at;
    }

    private static String normalise(String instant) {
        return instant.endsWith("Z") ? instant
                : java.time.OffsetDateTime.parse(instant).toInstant().toString();
    }

    /** A map of old to new names, for the manifest. */
    Map<String, String> renames() {
        return new HashMap<>(names);
    }
}
