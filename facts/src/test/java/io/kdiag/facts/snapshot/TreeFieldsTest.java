package io.kdiag.facts.snapshot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kdiag.facts.Pod;
import io.kdiag.facts.Workload;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Reading fields from an object's tree: the leniencies the Kubernetes clients have (numbers
 * written as strings, scalars read as text) and the one-line errors that name a field of the
 * wrong type.
 */
class TreeFieldsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private static JsonNode tree(String json) throws Exception {
        return JSON.readTree(json);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "{\"spec\": {\"replicas\": 3}}           | 3",
        "{\"spec\": {\"replicas\": \"30\"}}      | 30",
        "{\"spec\": {\"replicas\": null}}        | ",
        "{\"spec\": {}}                          | ",
        "{\"spec\": null}                        | ",
    })
    void aWholeNumberMayBeWrittenAsAString(String json, Integer expected) throws Exception {
        assertThat(TreeFields.integer(tree(json), "spec", "replicas")).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "{\"a\": {\"b\": \"x\"}}    | x",
        "{\"a\": {\"b\": 30}}       | 30",
        "{\"a\": {\"b\": true}}     | true",
        "{\"a\": {\"b\": \"\"}}     | ''",
        "{\"a\": {\"b\": null}}     | ''",
        "{\"a\": {}}                | ''",
    })
    void aScalarIsReadAsItsText(String json, String expected) throws Exception {
        assertThat(TreeFields.text(tree(json), "a", "b")).isEqualTo(expected);
    }

    @Test
    void nullAndMissingAreTheSameButAnEmptyStringIsAValue() throws Exception {
        assertThat(TreeFields.nullableText(tree("{\"a\": null}"), "a")).isNull();
        assertThat(TreeFields.nullableText(tree("{}"), "a")).isNull();
        assertThat(TreeFields.nullableText(tree("{\"a\": \"\"}"), "a")).isEmpty();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "true      | true",
        "\"true\"  | true",
        "\"False\" | false",
        "\"\"      | ",
        "null      | ",
    })
    void aBooleanMayBeWrittenAsAString(String value, Boolean expected) throws Exception {
        assertThat(TreeFields.bool(tree("{\"b\": " + value + "}"), "b")).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "\"20Gi\"                                | 20Gi",
        "\"1.5Ti\"                               | 1.5Ti",
        "10                                      | 10",
        "\"4e9\"                                 | 4e9",
        "{\"amount\": \"20\", \"format\": \"Gi\"} | 20Gi",
        "null                                    | ''",
    })
    void aQuantityIsKeptAsWritten(String value, String expected) throws Exception {
        assertThat(TreeFields.quantity(tree("{\"storage\": " + value + "}"), "storage")).isEqualTo(expected);
    }

    @Test
    void listsAndMapsSkipNullItems() throws Exception {
        JsonNode tree = tree("{\"m\": {\"finalizers\": [\"a\", null, 3], \"labels\": {\"app\": \"db\", \"tier\": 2, \"x\": null}}}");
        assertThat(TreeFields.texts(tree, "m", "finalizers")).containsExactly("a", "3");
        assertThat(TreeFields.textMap(tree, "m", "labels")).isEqualTo(Map.of("app", "db", "tier", "2"));
        assertThat(TreeFields.texts(tree, "m", "absent")).isEmpty();
        assertThat(TreeFields.textMap(tree, "m", "absent")).isEmpty();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "{\"spec\": {\"containers\": \"not a list\"}}                        | spec.containers is not a list",
        "{\"spec\": {\"containers\": [\"web\"]}}                             | spec.containers[0] is not an object",
        "{\"spec\": {\"containers\": [null, {\"image\": {\"a\": 1}}]}}       | spec.containers[1].image is not a string",
        "{\"spec\": {\"containers\": [{\"args\": \"-v\"}]}}                  | spec.containers[0].args is not a list",
        "{\"spec\": \"x\"}                                                   | spec is not an object",
    })
    void aFieldOfTheWrongTypeIsNamedByItsPath(String json, String message) throws Exception {
        Function<JsonNode, Object> container = c -> List.of(TreeFields.text(c, "image"), TreeFields.texts(c, "args"));
        assertThatThrownBy(() -> TreeFields.objects(tree(json), container, "spec", "containers"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage(message);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "{\"n\": \"three\"} | n is not a whole number",
        "{\"n\": 1.5}       | n is not a whole number",
        "{\"n\": true}      | n is not a whole number",
        "{\"n\": \"\"}      | n is not a whole number",
        "{\"n\": 3000000000} | n is out of range: 3000000000",
    })
    void aNumberOfTheWrongTypeIsNamed(String json, String message) throws Exception {
        assertThatThrownBy(() -> TreeFields.integer(tree(json), "n")).hasMessage(message);
    }

    @Test
    void aBadTimestampOrQuantityIsNamed() throws Exception {
        assertThatThrownBy(() -> TreeFields.instant(tree("{\"t\": \"yesterday\"}"), "t"))
                .hasMessage("t is not a timestamp: yesterday");
        assertThatThrownBy(() -> TreeFields.quantity(tree("{\"q\": \"\"}"), "q")).hasMessage("q is not a quantity: ");
        assertThatThrownBy(() -> TreeFields.bool(tree("{\"b\": \"yes\"}"), "b")).hasMessage("b is not a boolean");
    }

    @Test
    void aLoadedObjectWithAFieldOfTheWrongTypeIsOneWarningNamingObjectAndField() throws Exception {
        Path file = dir.resolve("objects.yaml");
        Files.writeString(file, """
                apiVersion: v1
                kind: Pod
                metadata: {name: web-0, namespace: shop}
                spec:
                  containers:
                  - name: web
                    image: nginx
                  - name: sidecar
                    image: [envoy]
                ---
                apiVersion: apps/v1
                kind: StatefulSet
                metadata: {name: db, namespace: shop}
                spec: {replicas: "3"}
                status: {readyReplicas: 2}
                """);
        Snapshot snapshot = new SnapshotLoader().load(List.of(file));
        assertThat(snapshot.facts()).noneMatch(Pod.class::isInstance);
        assertThat(snapshot.facts()).filteredOn(Workload.class::isInstance).map(Workload.class::cast)
                .singleElement().satisfies(w -> {
                    assertThat(w.desiredReplicas()).isEqualTo(3);
                    assertThat(w.readyReplicas()).isEqualTo(2);
                });
        assertThat(snapshot.warnings()).singleElement().satisfies(w -> {
            assertThat(w.source()).endsWith("objects.yaml:1");
            assertThat(w.message()).isEqualTo("Pod web-0: spec.containers[1].image is not a string");
        });
    }
}
