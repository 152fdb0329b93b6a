package io.kdiag.facts.snapshot;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import io.kdiag.facts.KubeObject;
import io.kdiag.facts.ReplicationDestination;

/**
 * Maps a VolSync ({@code volsync.backube}) ReplicationDestination, read as a generic resource,
 * to the {@link ReplicationDestination} fact.
 */
final class ReplicationDestinationMapper implements KindMapper {

    private static final String SYNCHRONIZING = "Synchronizing";

    @Override
    public KubeObject map(RawObject raw) {
        JsonNode tree = raw.tree();
        JsonNode synchronizing = condition(tree.path("status").path("conditions"));
        return new ReplicationDestination(
                TreeFields.text(tree, "metadata", "namespace"),
                TreeFields.text(tree, "metadata", "name"),
                TreeFields.text(tree, "status", "latestImage", "kind"),
                TreeFields.text(tree, "status", "latestImage", "name"),
                TreeFields.text(synchronizing, "status"),
                TreeFields.text(synchronizing, "message"),
                TreeFields.instant(tree, "status", "lastSyncTime"),
                TreeFields.instant(tree, "metadata", "creationTimestamp"),
                raw.source());
    }

    /** The Synchronizing condition, or a missing node when there is none. */
    private static JsonNode condition(JsonNode conditions) {
        if (!conditions.isMissingNode() && !conditions.isNull() && !conditions.isArray()) {
            throw new IllegalArgumentException("status.conditions is not a list");
        }
        for (JsonNode condition : conditions) {
            if (SYNCHRONIZING.equals(condition.path("type").asText())) {
                return condition;
            }
        }
        return MissingNode.getInstance();
    }
}
