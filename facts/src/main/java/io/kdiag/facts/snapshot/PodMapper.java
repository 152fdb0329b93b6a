package io.kdiag.facts.snapshot;

import static io.kdiag.facts.snapshot.TreeFields.bool;
import static io.kdiag.facts.snapshot.TreeFields.has;
import static io.kdiag.facts.snapshot.TreeFields.instant;
import static io.kdiag.facts.snapshot.TreeFields.integer;
import static io.kdiag.facts.snapshot.TreeFields.nullableText;
import static io.kdiag.facts.snapshot.TreeFields.objects;
import static io.kdiag.facts.snapshot.TreeFields.text;
import static io.kdiag.facts.snapshot.TreeFields.texts;

import com.fasterxml.jackson.databind.JsonNode;
import io.kdiag.facts.Container;
import io.kdiag.facts.KubeObject;
import io.kdiag.facts.Pod;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/** Maps the tree of a {@code Pod} to the {@link Pod} fact. */
final class PodMapper implements KindMapper {

    /** What a pod's {@code spec.containers} item says, as read. */
    private record Spec(String name, String image, List<String> args, String preStop) {
    }

    /** What a pod's {@code status.containerStatuses} item says, as read. */
    private record Status(String name, boolean ready, int restarts, String state, String reason, String lastReason,
            String waitingReason) {
    }

    @Override
    public KubeObject map(RawObject raw) {
        JsonNode tree = raw.tree();
        List<Spec> specs = objects(tree, PodMapper::spec, "spec", "containers");
        List<Status> statuses = objects(tree, PodMapper::status, "status", "containerStatuses");
        return new Pod(
                text(tree, "metadata", "namespace"),
                text(tree, "metadata", "name"),
                text(tree, "metadata", "uid"),
                text(tree, "spec", "nodeName"),
                text(tree, "status", "phase"),
                Meta.owners(tree),
                objects(tree, v -> nullableText(v, "persistentVolumeClaim", "claimName"), "spec", "volumes").stream()
                        .filter(Objects::nonNull).toList(),
                TreeFields.textMap(tree, "metadata", "labels"),
                instant(tree, "metadata", "creationTimestamp"),
                instant(tree, "status", "startTime"),
                instant(tree, "metadata", "deletionTimestamp"),
                TreeFields.whole(tree, "spec", "terminationGracePeriodSeconds"),
                Stream.concat(objects(tree, PodMapper::waitingReason, "status", "initContainerStatuses").stream(),
                                statuses.stream().map(Status::waitingReason))
                        .filter(Objects::nonNull).toList(),
                objects(tree, c -> "Ready".equals(nullableText(c, "type")) && "True".equals(nullableText(c, "status")),
                        "status", "conditions").contains(true),
                specs.stream().filter(c -> c.preStop() != null).map(c -> c.name() + ": " + c.preStop()).toList(),
                containers(specs, statuses),
                raw.source());
    }

    private static Spec spec(JsonNode container) {
        return new Spec(nullableText(container, "name"), text(container, "image"), texts(container, "args"),
                has(container, "lifecycle", "preStop") ? hookCommand(container) : null);
    }

    private static Status status(JsonNode status) {
        String state = has(status, "state", "running") ? "running"
                : has(status, "state", "waiting") ? "waiting"
                : has(status, "state", "terminated") ? "terminated" : "";
        String reason = has(status, "state", "waiting") ? text(status, "state", "waiting", "reason")
                : text(status, "state", "terminated", "reason");
        return new Status(text(status, "name"), Boolean.TRUE.equals(bool(status, "ready")),
                Objects.requireNonNullElse(integer(status, "restartCount"), 0), state, reason,
                text(status, "lastState", "terminated", "reason"), waitingReason(status));
    }

    private static String waitingReason(JsonNode status) {
        return nullableText(status, "state", "waiting", "reason");
    }

    private static List<Container> containers(List<Spec> specs, List<Status> statuses) {
        Map<String, Status> byName = new HashMap<>();
        statuses.forEach(s -> byName.putIfAbsent(s.name(), s));
        return specs.stream()
                .filter(c -> c.name() != null)
                .map(c -> container(c, byName.get(c.name())))
                .toList();
    }

    private static Container container(Spec spec, Status status) {
        if (status == null) {
            return new Container(spec.name(), spec.image(), spec.args());
        }
        return new Container(spec.name(), spec.image(), spec.args(), status.ready(), status.restarts(), status.state(),
                status.reason(), status.lastReason());
    }

    private static String hookCommand(JsonNode container) {
        if (has(container, "lifecycle", "preStop", "exec", "command")) {
            return String.join(" ", texts(container, "lifecycle", "preStop", "exec", "command"));
        }
        Long seconds = TreeFields.whole(container, "lifecycle", "preStop", "sleep", "seconds");
        if (seconds != null) {
            return "sleep " + seconds;
        }
        return has(container, "lifecycle", "preStop", "httpGet") ? "httpGet" : "";
    }
}
