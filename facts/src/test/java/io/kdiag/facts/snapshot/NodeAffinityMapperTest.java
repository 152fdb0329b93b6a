package io.kdiag.facts.snapshot;

import static org.assertj.core.api.Assertions.assertThat;

import io.kdiag.facts.Node;
import io.kdiag.facts.PersistentVolume;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A PersistentVolume's node affinity and a node's labels, and which nodes the affinity lets use the volume. */
class NodeAffinityMapperTest {

    private static final String NODES = """
            apiVersion: v1
            kind: Node
            metadata:
              name: ip-10-0-1-17.ec2.internal
              labels:
                kubernetes.io/hostname: ip-10-0-1-17.ec2.internal
                topology.kubernetes.io/zone: us-east-1a
                topology.ebs.csi.aws.com/zone: us-east-1a
                storage-tier: "3"
            ---
            apiVersion: v1
            kind: Node
            metadata:
              name: ip-10-0-2-40.ec2.internal
              labels:
                kubernetes.io/hostname: ip-10-0-2-40.ec2.internal
                topology.kubernetes.io/zone: us-east-1b
            """;

    @TempDir
    Path dir;

    private <T> List<T> facts(String text, Class<T> type) {
        return Inputs.facts(dir, text, type);
    }

    private PersistentVolume volume(String spec) {
        return facts("apiVersion: v1\nkind: PersistentVolume\nmetadata: {name: pv-1}\nspec:\n" + spec.indent(2),
                PersistentVolume.class).get(0);
    }

    @Test
    void aLocalVolumeIsPinnedToItsNodeAndKeepsItsPath() {
        PersistentVolume local = volume("""
                local: {path: /mnt/fast-disks/nvme1}
                nodeAffinity:
                  required:
                    nodeSelectorTerms:
                    - matchExpressions:
                      - {key: kubernetes.io/hostname, operator: In, values: [k8s-storage-3]}
                """);
        List<Node> nodes = facts(NODES, Node.class);

        assertThat(local.localPath()).isEqualTo("/mnt/fast-disks/nvme1");
        assertThat(local.pinnedNodes()).containsExactly("k8s-storage-3");
        assertThat(local.nodeAffinityText()).isEqualTo("kubernetes.io/hostname in [k8s-storage-3]");
        assertThat(local.nodeAffinityLabel()).isEqualTo("kubernetes.io/hostname");
        assertThat(nodes).noneMatch(local::allowsNode);
        assertThat(nodes.get(0).labels()).containsEntry("topology.kubernetes.io/zone", "us-east-1a");
    }

    @Test
    void aZonalVolumeIsUsableOnlyOnNodesOfItsZoneAndPinsNoNode() {
        PersistentVolume zonal = volume("""
                csi: {driver: ebs.csi.aws.com, volumeHandle: vol-0a1b2c3d4e5f60718}
                nodeAffinity:
                  required:
                    nodeSelectorTerms:
                    - matchExpressions:
                      - {key: topology.ebs.csi.aws.com/zone, operator: In, values: [us-east-1a]}
                """);
        List<Node> nodes = facts(NODES, Node.class);

        assertThat(zonal.pinnedNodes()).isEmpty();
        assertThat(zonal.localPath()).isEmpty();
        assertThat(zonal.allowsNode(nodes.get(0))).isTrue();
        assertThat(zonal.allowsNode(nodes.get(1))).isFalse();
    }

    @Test
    void termsAreAlternativesAndEveryOperatorReadsLikeTheScheduler() {
        PersistentVolume volume = volume("""
                hostPath: {path: /data/pv-1}
                nodeAffinity:
                  required:
                    nodeSelectorTerms:
                    - matchExpressions:
                      - {key: topology.kubernetes.io/zone, operator: NotIn, values: [us-east-1a]}
                      - {key: storage-tier, operator: DoesNotExist}
                    - matchExpressions:
                      - {key: storage-tier, operator: Gt, values: ["2"]}
                      - {key: topology.ebs.csi.aws.com/zone, operator: Exists}
                """);
        List<Node> nodes = facts(NODES, Node.class);

        assertThat(volume.allowsNode(nodes.get(0))).as("second term: tier 3 > 2, zone label present").isTrue();
        assertThat(volume.allowsNode(nodes.get(1))).as("first term: zone b, no tier").isTrue();
        assertThat(volume.localPath()).isEqualTo("/data/pv-1");
        assertThat(volume.nodeAffinityText()).isEqualTo("topology.kubernetes.io/zone notin [us-east-1a], "
                + "storage-tier does not exist or storage-tier > [2], topology.ebs.csi.aws.com/zone exists");
    }

    @Test
    void aFieldRequirementNamesTheNodeItself() {
        PersistentVolume volume = volume("""
                nodeAffinity:
                  required:
                    nodeSelectorTerms:
                    - matchFields:
                      - {key: metadata.name, operator: In, values: [ip-10-0-2-40.ec2.internal]}
                """);
        List<Node> nodes = facts(NODES, Node.class);

        assertThat(volume.pinnedNodes()).containsExactly("ip-10-0-2-40.ec2.internal");
        assertThat(volume.nodeAffinityLabel()).isEqualTo("kubernetes.io/hostname");
        assertThat(volume.allowsNode(nodes.get(1))).isTrue();
        assertThat(volume.allowsNode(nodes.get(0))).isFalse();
    }

    @Test
    void aVolumeWithoutAffinityFitsEveryNode() {
        PersistentVolume volume = volume("csi: {driver: nfs.csi.k8s.io, volumeHandle: share}\n");

        assertThat(volume.hasNodeAffinity()).isFalse();
        assertThat(facts(NODES, Node.class)).allMatch(volume::allowsNode);
        assertThat(volume.nodeAffinityLabel()).isEmpty();
    }
}
