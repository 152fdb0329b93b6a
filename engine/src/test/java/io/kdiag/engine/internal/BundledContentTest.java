package io.kdiag.engine.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The bundled content files as the build parsed them: served only for exactly the text the build
 * parsed, and equal to what parsing that text now gives.
 */
class BundledContentTest {

    @Test
    void theBuildParsedEveryBundledContentFileAsParsingItNowDoes() {
        BundledContent parsed = BundledContent.read();
        List<Playbook> bundled = PlaybookLoader.bundled();
        assertThat(bundled).isNotEmpty().allSatisfy(playbook -> assertThat(parsed.content(playbook.contentPath(), playbook.contentText()))
                .contains(PlaybookLoader.parseContent(playbook.contentText(), playbook.contentPath()))
                .hasValueSatisfying(content -> assertThat(content.diagnoses().keySet().size() + content.links().size()).isPositive()));
    }

    @Test
    void aChangedContentFileIsNotServedFromTheBuild() {
        BundledContent parsed = BundledContent.read();
        Playbook first = PlaybookLoader.bundled().get(0);
        assertThat(parsed.content(first.contentPath(), first.contentText() + "\n# edited\n")).isEmpty();
        assertThat(parsed.content(first.contentPath() + ".moved", first.contentText())).isEmpty();
    }
}
