package io.kdiag.facts.recognise;

import io.kdiag.facts.Event;
import io.kdiag.facts.Evidence;
import io.kdiag.facts.LogLine;
import io.kdiag.facts.signal.VolumeMountTimeout;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises the kubelet's report that a pod's volumes were not attached and mounted in time, in
 * the wordings of every release:
 * <ul>
 *   <li>1.17 and later: "Unable to attach or mount volumes: unmounted volumes=[a], unattached
 *       volumes=[a b](, failed to process volumes=[]): timed out waiting for the condition"
 *       (or "context deadline exceeded"), and the kubelet's structured log line
 *       {@code "Unable to attach or mount volumes for pod; skipping pod" err="unmounted volumes=[...]..." pod="ns/name"};</li>
 *   <li>1.10 to 1.16: "Unable to mount volumes for pod "name_ns(uid)": timeout expired waiting
 *       for volumes to attach or mount for pod "ns"/"name". list of unmounted volumes=[a]. list
 *       of unattached volumes=[a b]";</li>
 *   <li>before 1.10: "... timeout expired waiting for volumes to attach/mount for pod ... list of
 *       unattached/unmounted volumes=[a]".</li>
 * </ul>
 */
final class VolumeMountTimeouts {

    private static final Pattern CURRENT = Pattern.compile(
            "unmounted volumes=\\[([^\\]]*)\\], unattached volumes=\\[([^\\]]*)\\]"
            + "(?:, failed to process volumes=\\[[^\\]]*\\])?: (?:timed out waiting for the condition|context deadline exceeded)");
    private static final Pattern SPLIT_LISTS = Pattern.compile(
            "timeout expired waiting for volumes to attach or mount for pod .*?list of unmounted volumes=\\[([^\\]]*)\\]"
            + "\\. list of unattached volumes=\\[([^\\]]*)\\]");
    private static final Pattern ONE_LIST = Pattern.compile(
            "timeout expired waiting for volumes to attach/mount for pod .*?list of unattached/unmounted volumes=\\[([^\\]]*)\\]");

    private VolumeMountTimeouts() {
    }

    /** The mount timeout an event about a pod reports, if it reports one. */
    static Optional<VolumeMountTimeout> fromEvent(Event event) {
        if (!"Pod".equals(event.involved().kind())) {
            return Optional.empty();
        }
        return parse(event.message())
                .map(lists -> new VolumeMountTimeout(event.involved(), lists.get(0), lists.get(1), event.time(),
                        event.count(), Evidence.of(event)));
    }

    /** The mount timeout a kubelet log line reports, if it reports one and names the pod. */
    static Optional<VolumeMountTimeout> fromLogLine(LogLine line) {
        String text = line.text();
        return KubeletPodNames.in(text).flatMap(ref -> parse(text).map(lists -> new VolumeMountTimeout(ref,
                lists.get(0), lists.get(1), line.time(), 1, new Evidence(line.origin(), text, line.source()))));
    }

    /** The unmounted and the unattached volumes, if the text is a mount timeout. */
    private static Optional<List<List<String>>> parse(String text) {
        Matcher current = CURRENT.matcher(text);
        if (current.find()) {
            return Optional.of(List.of(names(current.group(1)), names(current.group(2))));
        }
        Matcher split = SPLIT_LISTS.matcher(text);
        if (split.find()) {
            return Optional.of(List.of(names(split.group(1)), names(split.group(2))));
        }
        Matcher one = ONE_LIST.matcher(text);
        if (one.find()) {
            List<String> both = names(one.group(1));
            return Optional.of(List.of(both, both));
        }
        return Optional.empty();
    }

    private static List<String> names(String list) {
        return Arrays.stream(list.split("[,\\s]+")).filter(s -> !s.isEmpty()).toList();
    }
}
