package io.kdiag.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kdiag.engine.capture.ClusterKind;
import java.util.List;
import java.util.Set;

/**
 * The legacy discovery documents ({@code /api}, {@code /apis}, {@code /api/v1}, {@code /apis/G/V})
 * of a cluster that serves the {@link ClusterKind}s, for clients such as {@code kubectl} that look
 * kinds up before they list them.
 */
final class Discovery {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Discovery() {
    }

    /** The document at this path, or {@code null} when the path is no discovery path. */
    static String document(List<String> segments, Set<String> unserved) {
        if (segments.equals(List.of("api"))) {
            ObjectNode versions = JSON.createObjectNode().put("kind", "APIVersions");
            versions.putArray("versions").add("v1");
            versions.putArray("serverAddressByClientCIDRs").addObject().put("clientCIDR", "0.0.0.0/0")
                    .put("serverAddress", "localhost");
            return versions.toString();
        }
        if (segments.equals(List.of("apis"))) {
            ObjectNode list = JSON.createObjectNode().put("kind", "APIGroupList").put("apiVersion", "v1");
            ArrayNode groups = list.putArray("groups");
            ClusterKind.ALL.stream().filter(k -> !k.group().isEmpty() && !unserved.contains(k.group()))
                    .map(k -> k.group() + "/" + k.version()).distinct().forEach(gv -> {
                        ObjectNode group = groups.addObject().put("name", gv.split("/")[0]);
                        ObjectNode version = JSON.createObjectNode().put("groupVersion", gv).put("version", gv.split("/")[1]);
                        group.putArray("versions").add(version);
                        group.set("preferredVersion", version);
                    });
            return list.toString();
        }
        String groupVersion = segments.size() == 2 && segments.get(0).equals("api") ? segments.get(1)
                : segments.size() == 3 && segments.get(0).equals("apis") ? segments.get(1) + "/" + segments.get(2) : null;
        if (groupVersion == null) {
            return null;
        }
        ObjectNode list = JSON.createObjectNode().put("kind", "APIResourceList").put("apiVersion", "v1")
                .put("groupVersion", groupVersion);
        ArrayNode resources = list.putArray("resources");
        for (ClusterKind kind : ClusterKind.ALL) {
            if (kind.apiVersion().equals(groupVersion)) {
                ObjectNode resource = resources.addObject().put("name", kind.resource())
                        .put("singularName", kind.kind().toLowerCase(java.util.Locale.ROOT))
                        .put("namespaced", kind.namespaced()).put("kind", kind.kind());
                resource.putArray("verbs").add("get").add("list");
            }
        }
        if (groupVersion.equals("v1")) {
            resources.addObject().put("name", ClusterKind.POD_LOG).put("singularName", "").put("namespaced", true)
                    .put("kind", "Pod").putArray("verbs").add("get");
        }
        return list.toString();
    }
}
