package io.kdiag.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.kdiag.engine.report.Diagnosis;
import io.kdiag.engine.report.Report;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** User playbooks in their own package, compiled into one knowledge base with the bundled ones. */
class UserRulesTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Path FIXTURE = ROOT.resolve("test-fixtures/stale-volumeattachment");

    @Test
    void aUserRuleImportsABundledLinkTypeFromAnotherPackageAndAddsSupport() throws Exception {
        Kdiag kdiag = Kdiag.builder().addRuleFolder(Path.of("src/test/resources/user-rules/extra-evidence")).build();

        Report report = kdiag.analyze(List.of(FIXTURE));

        Diagnosis top = report.top().orElseThrow();
        assertThat(top.id()).isEqualTo("stale-volumeattachment");
        assertThat(top.confidenceFactors()).contains("+0.20 node worker-2 has no taints (site rule)");
        assertThat(kdiag.playbooks()).extracting(PlaybookInfo::id).last()
                .isEqualTo("stale-attachment-on-cordoned-node");
    }
}
