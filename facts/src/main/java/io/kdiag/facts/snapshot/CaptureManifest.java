package io.kdiag.facts.snapshot;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Instant;
import java.util.List;

/**
 * The record {@code kdiag capture} writes beside what it read from a live cluster, in
 * {@value #FILE_NAME} at the top of the capture: when and from where it was taken, which kinds
 * and logs it holds, and what could not be read. A folder holding this file is read as a kdiag
 * capture: its capture time is {@code capturedAt}, container logs are attributed by their place
 * ({@code logs/<namespace>/<pod>/<container>.log}), and every {@code notChecked} entry becomes a
 * warning of the report.
 *
 * @param capturedAt when the capture started (RFC 3339)
 * @param context the kubeconfig context, or {@code in-cluster}
 * @param server the API server's URL
 * @param serverVersion the API server's version, as {@code /version} tells it
 * @param namespaces the namespaces read; empty when all were
 * @param kinds what was read of each kind
 * @param logs the container logs read
 * @param notChecked what could not be read, and why
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CaptureManifest(String capturedAt, String context, String server, String serverVersion,
        List<String> namespaces, List<CapturedKind> kinds, List<CapturedLog> logs, List<NotChecked> notChecked) {

    /** The manifest's file name, at the top of a capture. */
    public static final String FILE_NAME = "kdiag-capture.yaml";

    /** The folder below the top of a capture that holds container logs. */
    public static final String LOGS_FOLDER = "logs";

    private static final ObjectMapper YAML = new ObjectMapper(YAMLFactory.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .build())
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    /** The manifest with {@code null} lists made empty. */
    public CaptureManifest {
        namespaces = namespaces == null ? List.of() : List.copyOf(namespaces);
        kinds = kinds == null ? List.of() : List.copyOf(kinds);
        logs = logs == null ? List.of() : List.copyOf(logs);
        notChecked = notChecked == null ? List.of() : List.copyOf(notChecked);
    }

    /**
     * The objects of one kind that were read.
     *
     * @param kind the kind, for example {@code VolumeAttachment}
     * @param apiVersion its group and version, for example {@code storage.k8s.io/v1}
     * @param file the file below the top of the capture that holds them, or {@code null} when there were none
     * @param count how many were read
     */
    public record CapturedKind(String kind, String apiVersion, String file, int count) {
    }

    /**
     * The recent log of one container.
     *
     * @param namespace the pod's namespace
     * @param pod the pod's name
     * @param container the container's name
     * @param file the file below the top of the capture that holds it, or {@code null} when the log was empty
     * @param reason why this log was read, for example {@code CSI controller}
     */
    public record CapturedLog(String namespace, String pod, String container, String file, String reason) {
    }

    /**
     * Something that could not be read.
     *
     * @param what the kind or log, for example {@code VolumeSnapshot (snapshot.storage.k8s.io/v1)}
     * @param reason why, in one line: forbidden, not served, or the API server's message
     */
    public record NotChecked(String what, String reason) {
    }

    /** When the capture started. */
    public Instant capturedAtInstant() {
        return Instant.parse(capturedAt);
    }

    /** Writes the manifest as YAML; the stream is left open. */
    public void write(OutputStream out) throws IOException {
        YAML.writerWithDefaultPrettyPrinter().without(com.fasterxml.jackson.core.JsonGenerator.Feature.AUTO_CLOSE_TARGET)
                .writeValue(out, this);
    }

    /** Reads a manifest; the stream is left open. */
    public static CaptureManifest read(InputStream in) throws IOException {
        return YAML.readerFor(CaptureManifest.class)
                .without(com.fasterxml.jackson.core.JsonParser.Feature.AUTO_CLOSE_SOURCE).readValue(in);
    }
}
