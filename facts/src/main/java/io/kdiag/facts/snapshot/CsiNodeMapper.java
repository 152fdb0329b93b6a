package io.kdiag.facts.snapshot;

import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.storage.CSINode;
import io.fabric8.kubernetes.api.model.storage.CSINodeDriver;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import io.kdiag.facts.CsiNode;
import io.kdiag.facts.CsiNodeDriver;
import io.kdiag.facts.KubeObject;
import java.util.List;

/** Maps a fabric8 {@code CSINode} to the {@link CsiNode} fact. */
final class CsiNodeMapper implements KindMapper {

    @Override
    public KubeObject map(RawObject raw, KubernetesSerialization serialization) {
        CSINode node = serialization.convertValue(raw.tree(), CSINode.class);
        ObjectMeta meta = node.getMetadata();
        List<CSINodeDriver> drivers = node.getSpec() == null ? List.of() : Meta.list(node.getSpec().getDrivers());
        return new CsiNode(meta.getName(), drivers.stream().map(CsiNodeMapper::driver).toList(),
                Meta.instant(meta.getCreationTimestamp()), raw.source());
    }

    private static CsiNodeDriver driver(CSINodeDriver driver) {
        Integer count = driver.getAllocatable() == null ? null : driver.getAllocatable().getCount();
        return new CsiNodeDriver(Meta.text(driver.getName()), Meta.text(driver.getNodeID()), count);
    }
}
