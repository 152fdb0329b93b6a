package io.kdiag.facts.recognise;

import io.kdiag.facts.ObjectRef;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the pod a kubelet log line is about, in the two ways kubelets name pods:
 * {@code pod="namespace/name"} (structured logs) and {@code "name_namespace(uid)"} after
 * "in Pod" or "for pod" (the kubelet's own pod format in older klog lines and in events).
 */
final class KubeletPodNames {

    private static final Pattern POD = Pattern.compile(
            "\\bpod=\"([^\"/]+)/([^\"]+)\"|\\b(?:in|for) [Pp]od \"([^\"_/]+)_([^\"(]+)\\(");

    private KubeletPodNames() {
    }

    /** The pod the text names, if it names one in either form. */
    static Optional<ObjectRef> in(String text) {
        Matcher m = POD.matcher(text);
        if (!m.find()) {
            return Optional.empty();
        }
        return Optional.of(m.group(1) != null
                ? new ObjectRef("Pod", m.group(1), m.group(2))
                : new ObjectRef("Pod", m.group(4), m.group(3)));
    }
}
