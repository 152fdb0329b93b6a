package io.kdiag.facts.snapshot;

import static org.assertj.core.api.Assertions.assertThat;

import io.kdiag.facts.ServerVersion;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The API server's version, where a dump records it. */
class ServerVersionTest {

    @Test
    void aSupportBundleRecordsTheServerVersionInItsClusterInfo() {
        Snapshot snapshot = Inputs.load(Inputs.FIXTURES.resolve("layouts/support-bundle"));

        assertThat(snapshot.facts()).filteredOn(ServerVersion.class::isInstance).singleElement()
                .satisfies(v -> {
                    assertThat(((ServerVersion) v).gitVersion()).isEqualTo("v1.29.4");
                    assertThat(((ServerVersion) v).minorVersion()).isEqualTo(29);
                });
    }

    @Test
    void aProviderSuffixDoesNotHideTheMinorVersion() {
        assertThat(new ServerVersion("v1.28.9-eks-036c24b", "x").minorVersion()).isEqualTo(28);
        assertThat(new ServerVersion("", "x").minorVersion()).isEqualTo(-1);
    }

    @Test
    void anUnreadableVersionFileIsAWarningNamingTheDump(@TempDir Path dir) {
        Path bundle = dir.resolve("support-bundle-2025-11-03T19_52_00");
        Inputs.write(bundle.resolve("cluster-resources/nodes.json"), "{\"kind\": \"NodeList\", \"items\": []}");
        Inputs.write(bundle.resolve("cluster-info/cluster_version.json"), "{ not json");

        Snapshot snapshot = Inputs.load(dir);

        assertThat(snapshot.facts()).noneMatch(ServerVersion.class::isInstance);
        assertThat(snapshot.warnings()).anySatisfy(w -> assertThat(w.toString()).contains("server version unknown"));
    }
}
