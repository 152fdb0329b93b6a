package io.kdiag.facts.snapshot;

import static org.assertj.core.api.Assertions.assertThat;

import io.kdiag.facts.CsiNode;
import io.kdiag.facts.CsiNodeDriver;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** CSINode objects: each registered driver with its node ID and its limit of attached volumes. */
class CsiNodeMapperTest {

    @TempDir
    Path dir;

    private List<CsiNode> csiNodes(String text) throws Exception {
        Path file = dir.resolve("csinodes.yaml");
        Files.writeString(file, text);
        return new SnapshotLoader().load(List.of(file)).facts().stream()
                .filter(CsiNode.class::isInstance).map(CsiNode.class::cast).toList();
    }

    @Test
    void eachDriverKeepsItsNodeIdAndItsAllocatableCount() throws Exception {
        CsiNode node = csiNodes("""
                apiVersion: storage.k8s.io/v1
                kind: CSINode
                metadata:
                  name: ip-10-0-1-17.ec2.internal
                spec:
                  drivers:
                  - name: ebs.csi.aws.com
                    nodeID: i-0a1b2c3d4e5f60718
                    allocatable:
                      count: 25
                    topologyKeys: [topology.ebs.csi.aws.com/zone]
                  - name: efs.csi.aws.com
                    nodeID: i-0a1b2c3d4e5f60718
                """).get(0);

        assertThat(node.name()).isEqualTo("ip-10-0-1-17.ec2.internal");
        assertThat(node.ref().kind()).isEqualTo("CSINode");
        assertThat(node.drivers()).containsExactly(
                new CsiNodeDriver("ebs.csi.aws.com", "i-0a1b2c3d4e5f60718", 25),
                new CsiNodeDriver("efs.csi.aws.com", "i-0a1b2c3d4e5f60718", null));
    }

    @Test
    void aCsiNodeWithoutDriversHasNone() throws Exception {
        assertThat(csiNodes("""
                apiVersion: storage.k8s.io/v1
                kind: CSINode
                metadata:
                  name: worker-1
                spec: {}
                """).get(0).drivers()).isEmpty();
    }
}
