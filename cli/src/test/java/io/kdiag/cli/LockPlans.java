package io.kdiag.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** What every plan of the CSI operation-lock playbook must hold, whatever the scenario. */
final class LockPlans {

    private LockPlans() {
    }

    /** No command restarts, deletes or rolls a DaemonSet or its pods: only the provisioner Deployment restarts. */
    static void assertNoDaemonSetRestart(List<String> commands) {
        assertThat(commands)
                .noneMatch(c -> c.matches(".*\\b(daemonset|ds)\\b.*") && !c.startsWith("kubectl get daemonset"))
                .noneMatch(c -> c.contains("delete pod"))
                .filteredOn(c -> c.contains("rollout restart"))
                .allMatch(c -> c.startsWith("kubectl rollout restart deployment "));
    }

    /** No text of the diagnosis keeps a placeholder. */
    static void assertNoPlaceholder(JsonNode diagnosis) {
        assertThat(diagnosis.toString()).doesNotContainPattern("\\{[a-zA-Z]+}").doesNotContain("<");
    }

    /** The elements of a JSON array of strings. */
    static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(t -> texts.add(t.asText()));
        return texts;
    }
}
