package io.kdiag.facts.lock;

import static org.assertj.core.api.Assertions.assertThat;

import io.kdiag.facts.Container;
import io.kdiag.facts.Evidence;
import io.kdiag.facts.Pod;
import io.kdiag.facts.chain.AnalysisClock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProvisionerUptimeTest {

    private static final AnalysisClock CLOCK = new AnalysisClock(Instant.parse("2025-11-03T19:51:40Z"));

    private static Pod pod(String name, String started) {
        return new Pod("rook-ceph", name, "uid-" + name, "worker-1", "Running", List.of(), List.of(), Map.of(), null,
                started == null ? null : Instant.parse(started), null, 30L, List.of(), true, List.of(),
                List.of(new Container("csi-provisioner", "registry.k8s.io/sig-storage/csi-provisioner:v5.0.1", List.of())),
                "cluster.yaml:" + name.length());
    }

    @Test
    void theOldestPodSetsTheUptimeAndEachPodIsEvidence() {
        ProvisionerUptime uptime = ProvisionerUptime.of(List.of(
                pod("csi-rbdplugin-provisioner-6b8f9c7d5-9tq7m", "2025-11-03T12:00:00Z"),
                pod("csi-rbdplugin-provisioner-6b8f9c7d5-4xk2p", "2025-10-31T22:04:10Z")), CLOCK);

        assertThat(uptime.hours()).isEqualTo(69);
        assertThat(uptime.days()).isEqualTo(2);
        assertThat(uptime.isLong()).isTrue();
        assertThat(uptime.podNames())
                .containsExactly("csi-rbdplugin-provisioner-6b8f9c7d5-4xk2p", "csi-rbdplugin-provisioner-6b8f9c7d5-9tq7m");
        assertThat(uptime.evidence()).extracting(Evidence::text).containsExactly(
                "status.startTime: 2025-10-31T22:04:10Z (69h before the snapshot)",
                "status.startTime: 2025-11-03T12:00:00Z (7h before the snapshot)");
    }

    @Test
    void aPodRestartedTodayIsNotLongAndAnUnknownStartCountsAsZero() {
        ProvisionerUptime uptime = ProvisionerUptime.of(List.of(pod("csi-rbdplugin-provisioner-0", "2025-11-03T01:00:00Z"),
                pod("csi-rbdplugin-provisioner-1", null)), CLOCK);
        assertThat(uptime.hours()).isEqualTo(18);
        assertThat(uptime.isLong()).isFalse();
    }
}
