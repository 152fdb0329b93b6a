package io.kdiag.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.kdiag.engine.capture.ClusterKind;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code deploy/rbac.yaml} grants exactly what {@code kdiag capture} reads ({@link ClusterKind#ALL}
 * and pod logs) and nothing else: get and list, get on {@code pods/log}, no secret, no wildcard;
 * {@code deploy/cronjob.yaml} runs kdiag as that ServiceAccount with arguments kdiag accepts.
 */
class DeployManifestsTest {

    private static final Path MANIFEST = CliRun.ROOT.resolve("deploy/rbac.yaml");
    private static final Map<String, List<JsonNode>> DOCUMENTS = new HashMap<>();

    @BeforeAll
    static void read() throws IOException {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        try (var documents = yaml.readerFor(JsonNode.class).<JsonNode>readValues(MANIFEST.toFile())) {
            while (documents.hasNext()) {
                JsonNode document = documents.next();
                DOCUMENTS.computeIfAbsent(document.path("kind").asText(), k -> new ArrayList<>()).add(document);
            }
        }
    }

    @Test
    void theRoleGrantsGetAndListOnEveryKindCaptureReadsAndGetOnPodLogsOnly() {
        JsonNode role = single("ClusterRole");
        Map<String, Set<String>> granted = new TreeMap<>();
        for (JsonNode rule : role.path("rules")) {
            assertThat(rule.has("resourceNames")).isFalse();
            assertThat(rule.has("nonResourceURLs")).isFalse();
            List<String> verbs = texts(rule.path("verbs"));
            for (String group : texts(rule.path("apiGroups"))) {
                for (String resource : texts(rule.path("resources"))) {
                    for (String verb : verbs) {
                        assertThat(granted.computeIfAbsent(group + "|" + resource, k -> new TreeSet<>()).add(verb))
                                .as("granted twice: " + verb + " " + resource).isTrue();
                    }
                }
            }
        }
        Map<String, Set<String>> read = new TreeMap<>();
        for (ClusterKind kind : ClusterKind.ALL) {
            read.put(kind.group() + "|" + kind.resource(), Set.of("get", "list"));
        }
        read.put("|" + ClusterKind.POD_LOG, Set.of("get"));
        assertThat(granted).isEqualTo(read);
        assertThat(granted.keySet()).noneMatch(key -> key.contains("secret") || key.contains("*"));
    }

    @Test
    void theBindingGivesTheRoleToTheServiceAccountAndNothingElseIsGranted() {
        JsonNode account = single("ServiceAccount");
        JsonNode binding = single("ClusterRoleBinding");
        assertThat(binding.path("roleRef").path("kind").asText()).isEqualTo("ClusterRole");
        assertThat(binding.path("roleRef").path("name").asText()).isEqualTo(single("ClusterRole").path("metadata").path("name").asText());
        assertThat(binding.path("subjects")).singleElement().satisfies(subject -> {
            assertThat(subject.path("kind").asText()).isEqualTo("ServiceAccount");
            assertThat(subject.path("name").asText()).isEqualTo(account.path("metadata").path("name").asText());
            assertThat(subject.path("namespace").asText()).isEqualTo(account.path("metadata").path("namespace").asText());
        });
        assertThat(DOCUMENTS.keySet()).containsExactlyInAnyOrder("Namespace", "ServiceAccount", "ClusterRole",
                "ClusterRoleBinding");
    }

    @Test
    void theCronJobRunsALiveAnalysisAsTheServiceAccount() throws IOException {
        JsonNode cronJob = new ObjectMapper(new YAMLFactory()).readTree(CliRun.ROOT.resolve("deploy/cronjob.yaml").toFile());
        JsonNode pod = cronJob.path("spec").path("jobTemplate").path("spec").path("template").path("spec");
        JsonNode account = single("ServiceAccount").path("metadata");
        assertThat(pod.path("serviceAccountName").asText()).isEqualTo(account.path("name").asText());
        assertThat(cronJob.path("metadata").path("namespace").asText()).isEqualTo(account.path("namespace").asText());
        List<String> args = texts(pod.path("containers").get(0).path("args"));
        assertThat(args).startsWith("analyze", "--live").contains("-A");
        var parsed = KdiagCommand.commandLine().parseArgs(args.toArray(String[]::new));
        assertThat(parsed.subcommand().commandSpec().name()).isEqualTo("analyze");
    }

    private static JsonNode single(String kind) {
        assertThat(DOCUMENTS.get(kind)).as(kind).hasSize(1);
        return DOCUMENTS.get(kind).get(0);
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.asText()));
        return texts;
    }
}
