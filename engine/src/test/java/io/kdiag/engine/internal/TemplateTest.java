package io.kdiag.engine.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TemplateTest {

    @Test
    void fillsPlaceholdersAndKeepsDoubledBracesLiteral() {
        assertThat(Template.fill("kubectl patch pv {pv} -p '{{\"spec\":{{\"claimRef\":null}}}}'", Map.of("pv", "pvc-1")))
                .isEqualTo("kubectl patch pv pvc-1 -p '{\"spec\":{\"claimRef\":null}}'");
    }

    @Test
    void aListValueRepeatsTheCommandOncePerElement() {
        assertThat(Template.expand("kubectl delete volumesnapshot -n {namespace} {snapshot}",
                Map.of("namespace", "media", "snapshot", List.of("a", "b"))))
                .containsExactly("kubectl delete volumesnapshot -n media a", "kubectl delete volumesnapshot -n media b");
        assertThat(Template.fill("snapshots {snapshot}", Map.of("snapshot", List.of("a", "b")))).isEqualTo("snapshots a, b");
    }

    @Test
    void aPlaceholderWithoutAValueIsAnError() {
        assertThatThrownBy(() -> Template.fill("kubectl delete node {node}", Map.of()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("{node}");
    }

    @Test
    void textThatIsNotAPlaceholderIsLeftAlone() {
        assertThat(Template.fill("jsonpath='{.items[*].metadata.name}' and { spaced }", Map.of()))
                .isEqualTo("jsonpath='{.items[*].metadata.name}' and { spaced }");
    }
}
