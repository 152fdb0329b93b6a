package io.kdiag.facts.snapshot;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What must never be read is gone from an object before anything else sees it. */
class RedactionTest {

    private static final String MARKER = "hunter2-redaction-marker";

    private static List<RawObject> read(String text) throws IOException {
        List<RawObject> objects = new ArrayList<>();
        List<SnapshotWarning> warnings = new ArrayList<>();
        new DocumentReader(ParseLimits.DEFAULT).read(new BufferedReader(new StringReader(text)), "in.yaml", objects::add, warnings::add);
        assertThat(warnings).isEmpty();
        return objects;
    }

    @Test
    void aSecretKeepsOnlyItsMetadataFromTheParseOn() throws IOException {
        List<RawObject> objects = read("""
                apiVersion: v1
                kind: Secret
                metadata:
                  name: db-password
                  namespace: db
                type: Opaque
                data:
                  password: %s
                stringData:
                  password: %s
                """.formatted(MARKER, MARKER));

        assertThat(objects).singleElement().satisfies(secret -> {
            assertThat(secret.tree().properties()).extracting(java.util.Map.Entry::getKey)
                    .containsExactly("apiVersion", "kind", "metadata");
            assertThat(secret.tree().toString()).doesNotContain(MARKER);
        });
    }

    @Test
    void secretsInsideTypedListsWithoutKindAreStrippedToo() throws IOException {
        List<RawObject> objects = read("{\"kind\": \"SecretList\", \"apiVersion\": \"v1\", \"items\": [{\"data\": {\"k\": \""
                + MARKER + "\"}, \"metadata\": {\"name\": \"s\"}}]}");

        assertThat(objects).singleElement().satisfies(secret -> assertThat(secret.tree().toString()).doesNotContain(MARKER));
    }

    @Test
    void embeddedCopiesAndManagedFieldsAreDroppedOtherAnnotationsKept() throws IOException {
        List<RawObject> objects = read("""
                apiVersion: v1
                kind: Pod
                metadata:
                  name: web
                  annotations:
                    kubectl.kubernetes.io/last-applied-configuration: |
                      {"apiVersion":"v1","kind":"Secret","data":{"k":"%s"}}
                    example.com/copy: '{"kind": "Secret", "data": {"k": "%s"}}'
                    prometheus.io/scrape: "true"
                  managedFields:
                  - manager: kubectl
                    fieldsV1: {"f:data": {"f:%s": {}}}
                """.formatted(MARKER, MARKER, MARKER));

        assertThat(objects).singleElement().satisfies(pod -> {
            assertThat(pod.tree().toString()).doesNotContain(MARKER);
            assertThat(pod.tree().path("metadata").path("annotations").path("prometheus.io/scrape").asText()).isEqualTo("true");
        });
    }
}
