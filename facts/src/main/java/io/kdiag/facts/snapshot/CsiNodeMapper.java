package io.kdiag.facts.snapshot;

import static io.kdiag.facts.snapshot.TreeFields.text;

import com.fasterxml.jackson.databind.JsonNode;
import io.kdiag.facts.CsiNode;
import io.kdiag.facts.CsiNodeDriver;
import io.kdiag.facts.KubeObject;

/** Maps the tree of a {@code CSINode} to the {@link CsiNode} fact. */
final class CsiNodeMapper implements KindMapper {

    @Override
    public KubeObject map(RawObject raw) {
        JsonNode tree = raw.tree();
        return new CsiNode(text(tree, "metadata", "name"),
                TreeFields.objects(tree, CsiNodeMapper::driver, "spec", "drivers"),
                TreeFields.instant(tree, "metadata", "creationTimestamp"), raw.source());
    }

    private static CsiNodeDriver driver(JsonNode driver) {
        return new CsiNodeDriver(text(driver, "name"), text(driver, "nodeID"),
                TreeFields.integer(driver, "allocatable", "count"));
    }
}
