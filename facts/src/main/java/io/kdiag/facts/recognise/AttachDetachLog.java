package io.kdiag.facts.recognise;

import io.kdiag.facts.Evidence;
import io.kdiag.facts.LogLine;
import io.kdiag.facts.signal.ForceDetach;
import io.kdiag.facts.signal.MultiAttachConflict;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises what the attach-detach controller logs in kube-controller-manager about volumes
 * it cannot attach or must force-detach, in the classic wording
 * ({@code ... for volume "pvc-..." (UniqueName: "...") on node "X" ...}) and in the structured
 * one ({@code "..." node="X" volumeName="..." duration="6m0s"}, {@code attachedTo=[...]}).
 */
final class AttachDetachLog {

    private static final Pattern FORCE_DETACH =
            Pattern.compile("not safe to detach, but maxWaitForUnmountDuration", Pattern.CASE_INSENSITIVE);
    private static final Pattern WAITED = Pattern.compile("maxWaitForUnmountDuration (\\S+) expired");
    private static final Pattern MULTI_ATTACH = Pattern.compile("Multi-Attach error|Waiting for detach");
    private static final Pattern VOLUME = Pattern.compile("for volume \"([^\"]+)\"");
    private static final Pattern UNIQUE_NAME = Pattern.compile("\\(UniqueName: \"([^\"]+)\"\\)");
    private static final Pattern ON_NODE = Pattern.compile("\\bon node \"([^\"]+)\"");
    private static final Pattern FROM_NODE = Pattern.compile("\\bfrom node \"([^\"]+)\"|\\bNodeName:(\\S+)");
    private static final Pattern STRUCTURED_UNIQUE_NAME = Pattern.compile("\\bVolumeName:(\\S+)");
    private static final Pattern HOLDERS = Pattern.compile(
            "already exclusively attached to nodes? (.+?) and can't be attached|already used by pods? .+? on nodes? (.+)$"
            + "|\\battachedTo=(\\[[^\\]]*\\]|\"[^\"]*\"|\\S+)");

    private AttachDetachLog() {
    }

    /** The force detach the line reports, if it reports one. */
    static Optional<ForceDetach> forceDetach(LogLine line) {
        String text = line.text();
        if (!FORCE_DETACH.matcher(text).find()) {
            return Optional.empty();
        }
        String node = first(text, ON_NODE).orElse(line.field("node"));
        if (node.isEmpty()) {
            return Optional.empty();
        }
        String uniqueName = first(text, UNIQUE_NAME).orElse(line.field("volumeName"));
        return Optional.of(new ForceDetach(first(text, VOLUME).orElse(""), uniqueName, node,
                first(text, WAITED).orElse(line.field("duration")), line.time(), Evidence.of(line)));
    }

    /** The Multi-Attach conflict the line reports, if it names the nodes that hold the volume. */
    static Optional<MultiAttachConflict> multiAttach(LogLine line) {
        String text = line.text();
        if (!MULTI_ATTACH.matcher(text).find()) {
            return Optional.empty();
        }
        Matcher holders = HOLDERS.matcher(text);
        List<String> holderNodes = holders.find() ? NameLists.of(firstGroup(holders)) : List.of();
        if (holderNodes.isEmpty()) {
            return Optional.empty();
        }
        Matcher from = FROM_NODE.matcher(text);
        return Optional.of(new MultiAttachConflict(first(text, VOLUME).orElse(""),
                first(text, UNIQUE_NAME).or(() -> first(text, STRUCTURED_UNIQUE_NAME)).orElse(""),
                from.find() ? firstGroup(from) : "", holderNodes, line.time(), Evidence.of(line)));
    }

    private static Optional<String> first(String text, Pattern pattern) {
        Matcher m = pattern.matcher(text);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    private static String firstGroup(Matcher m) {
        for (int i = 1; i <= m.groupCount(); i++) {
            if (m.group(i) != null) {
                return m.group(i);
            }
        }
        return "";
    }
}
