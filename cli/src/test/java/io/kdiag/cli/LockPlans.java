package io.kdiag.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What every plan of the CSI operation-lock playbook must hold, whatever the scenario. */
final class LockPlans {

    private LockPlans() {
    }

    private static final Pattern STEP_REFERENCE = Pattern.compile("\\(step \"([^\"]+)\"\\)");

    /**
     * No command restarts, deletes or rolls a DaemonSet or its pods: only the provisioner's
     * Deployment or StatefulSet restarts.
     */
    static void assertNoDaemonSetRestart(List<String> commands) {
        assertThat(commands)
                .noneMatch(c -> c.matches(".*\\b(daemonset|ds)\\b.*") && !c.startsWith("kubectl get daemonset"))
                .noneMatch(c -> c.contains("delete pod"))
                .filteredOn(c -> c.contains("rollout restart"))
                .allMatch(c -> c.startsWith("kubectl rollout restart deployment ")
                        || c.startsWith("kubectl rollout restart statefulset "));
    }

    /**
     * The plan's first step is the pre-flight uptime check: read-only, and each of its commands
     * shows one provisioner pod's start time (which pods, each case's {@code expect.yaml} says).
     */
    static void assertUptimeCheckFirst(JsonNode diagnosis) {
        JsonNode first = diagnosis.path("remediation").get(0);
        assertThat(first.path("title").asText()).isEqualTo("Check how long the provisioner pods have run");
        assertThat(first.path("risk").asText()).isEqualTo("read-only");
        assertThat(texts(first.path("commands"))).isNotEmpty().allMatch(c -> c.matches(
                "kubectl get pod -n \\S+ \\S+ -o jsonpath='\\{\\.metadata\\.name} \\{\\.status\\.startTime}'"));
    }

    /**
     * Every check that points at another step names it by the title of a step that comes earlier
     * in the same plan; no check says "previous step" or a step number.
     */
    static void assertChecksNameEarlierSteps(JsonNode diagnosis) {
        List<String> titles = new ArrayList<>();
        int references = 0;
        for (JsonNode step : diagnosis.path("remediation")) {
            for (String check : texts(step.path("checks"))) {
                assertThat(check).doesNotContain("previous step").doesNotContainPattern("\\(step \\d");
                Matcher named = STEP_REFERENCE.matcher(check);
                while (named.find()) {
                    references++;
                    assertThat(titles).as("step named in: " + check).contains(named.group(1));
                }
            }
            titles.add(step.path("title").asText());
        }
        assertThat(references).as("checks that name the step they rely on").isPositive();
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
