package io.kdiag.engine.testkit;

import io.kdiag.engine.Kdiag;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The bundled playbooks' own test cases (each playbook folder's {@code cases/}), run through the
 * kit as a rule author would run theirs.
 */
class BundledPlaybookCasesTest {

    @Test
    void everyBundledCasePasses() throws Exception {
        Path playbooks = PlaybookTestKitTest.ROOT.resolve("rules/src/main/resources/io/kdiag/rules");
        PlaybookTestKit.of(Kdiag.builder().build()).withFixtures(PlaybookTestKitTest.ROOT.resolve("test-fixtures"))
                .run(playbooks).assertPassed();
    }
}
