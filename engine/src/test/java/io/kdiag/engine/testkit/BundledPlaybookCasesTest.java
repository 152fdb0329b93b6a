package io.kdiag.engine.testkit;

import io.kdiag.engine.Kdiag;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The bundled playbooks' own test cases, run through the kit as a rule author would run theirs. */
class BundledPlaybookCasesTest {

    @Test
    void everyBundledCasePasses() throws Exception {
        Path cases = PlaybookTestKitTest.ROOT.resolve("rules/src/test/cases");
        PlaybookTestKit.of(Kdiag.builder().build()).run(cases).assertPassed();
    }

    @Test
    void everyCaseInAPlaybookFolderPasses() throws Exception {
        Path playbooks = PlaybookTestKitTest.ROOT.resolve("rules/src/main/resources/io/kdiag/rules");
        PlaybookTestKit.of(Kdiag.builder().build()).run(playbooks).assertPassed();
    }
}
