package io.kdiag.facts;

/**
 * One CSI driver registered on a node ({@code spec.drivers[]} of its CSINode).
 *
 * @param name the driver's name, for example {@code ebs.csi.aws.com}
 * @param nodeId the node's ID for the driver ({@code nodeID}), for example an EC2 instance ID
 * @param allocatableCount how many of the driver's volumes the node can have attached
 *     ({@code allocatable.count}, from the driver's {@code max_volumes_per_node}), or {@code null}
 *     when the driver reports no limit
 */
public record CsiNodeDriver(String name, String nodeId, Integer allocatableCount) {
}
