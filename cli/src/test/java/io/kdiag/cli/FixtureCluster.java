package io.kdiag.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.KubernetesResourceList;
import io.fabric8.kubernetes.client.server.mock.KubernetesCrudDispatcher;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import io.fabric8.mockwebserver.Context;
import io.fabric8.mockwebserver.MockWebServer;
import io.fabric8.mockwebserver.http.Dispatcher;
import io.fabric8.mockwebserver.http.MockResponse;
import io.fabric8.mockwebserver.http.RecordedRequest;
import io.kdiag.engine.capture.ClusterKind;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * A fabric8 mock API server in CRUD mode, loaded with a test fixture's objects and container
 * logs, that records every request it is sent. Around the CRUD store it serves what that store
 * does not: {@code /version}, container logs (honouring {@code tailLines}), pages of lists
 * ({@code limit} and {@code continue}, as the API server does), 403 answers for the resources made
 * forbidden and 404 answers for the API groups made unserved.
 */
final class FixtureCluster implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final KubernetesSerialization SERIALIZATION = new KubernetesSerialization();
    /** The mock logs every request it answers; kept quiet (and referenced, so the setting holds). */
    private static final Logger MOCK_LOG = Logger.getLogger("io.fabric8.mockwebserver.MockWebServer");

    static {
        MOCK_LOG.setLevel(Level.WARNING);
    }

    private final KubernetesCrudDispatcher crud = new KubernetesCrudDispatcher();
    private final Map<String, String> logs = new HashMap<>();
    private final Set<String> forbidden = new HashSet<>();
    private final Set<String> unserved = new HashSet<>();
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private final Map<String, Integer> served = new LinkedHashMap<>();
    private boolean credentialsRefused;
    private final KubernetesMockServer server;

    FixtureCluster() {
        server = new KubernetesMockServer(new Context(), new MockWebServer(), new HashMap<>(), new Recorder(), false);
        server.init();
    }

    /** A cluster holding the objects and logs of {@code test-fixtures/NAME}. */
    static FixtureCluster of(String fixture) {
        FixtureCluster cluster = new FixtureCluster();
        cluster.load(CliRun.ROOT.resolve("test-fixtures").resolve(fixture));
        return cluster;
    }

    /** Loads every object file of the folder, and the logs at {@code logs/NS/POD/CONTAINER.log}. */
    void load(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                String name = file.getFileName().toString();
                Path relative = folder.relativize(file);
                if (name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".json")) {
                    objects(file).forEach(this::add);
                } else if (relative.getNameCount() == 4 && relative.getName(0).toString().equals("logs")
                        && name.endsWith(".log")) {
                    logs.put(relative.getName(1) + "/" + relative.getName(2) + "/" + name.substring(0, name.length() - 4),
                            Files.readString(file));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<HasMetadata> objects(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            Object parsed = SERIALIZATION.unmarshal(in);
            List<HasMetadata> objects = new ArrayList<>();
            flatten(parsed, objects);
            return objects;
        }
    }

    private static void flatten(Object parsed, List<HasMetadata> into) {
        if (parsed instanceof KubernetesResourceList<?> list) {
            list.getItems().forEach(item -> flatten(item, into));
        } else if (parsed instanceof List<?> list) {
            list.forEach(item -> flatten(item, into));
        } else if (parsed instanceof HasMetadata object) {
            into.add(object);
        }
    }

    /** Stores one object as the API server would hold it, untouched (no new uid or creation time). */
    void add(HasMetadata typed) {
        GenericKubernetesResource object = SERIALIZATION.convertValue(typed, GenericKubernetesResource.class);
        ClusterKind kind = ClusterKind.ALL.stream().filter(k -> k.kind().equals(object.getKind())).findFirst().orElse(null);
        if (kind == null) {
            return;
        }
        object.setApiVersion(kind.apiVersion());
        String path = collectionPath(kind, object.getMetadata().getNamespace());
        crud.processEvent(path, crud.getKey(path), null, object, SERIALIZATION.asJson(object));
        served.merge(kind.kind(), 1, Integer::sum);
    }

    private static String collectionPath(ClusterKind kind, String namespace) {
        String root = kind.group().isEmpty() ? "/api/v1" : "/apis/" + kind.group() + "/" + kind.version();
        String ns = kind.namespaced() ? "/namespaces/" + (namespace == null ? "default" : namespace) : "";
        return root + ns + "/" + kind.resource();
    }

    /** Answers 403 to every request for this resource (its plural name). */
    void forbid(String resource) {
        forbidden.add(resource);
    }

    /** Answers 404 to every request in this API group, as a cluster without the CRDs does. */
    void unserve(String group) {
        unserved.add(group);
    }

    /** Answers 401 to every request, as the API server does to an expired token. */
    void refuseCredentials() {
        credentialsRefused = true;
    }

    /** Stores the log of one container. */
    void log(String namespace, String pod, String container, String text) {
        logs.put(namespace + "/" + pod + "/" + container, text);
    }

    /** How many objects of each kind the cluster holds. */
    Map<String, Integer> served() {
        return served;
    }

    /** Every request received, as {@code METHOD path?query}, in order. */
    List<String> requests() {
        return requests;
    }

    /** The API server's URL. */
    String url() {
        return "http://localhost:" + server.getPort();
    }

    /** Writes a kubeconfig whose one context, {@code fixture}, points at this server. */
    Path kubeconfig(Path folder) throws IOException {
        return writeKubeconfig(folder, url());
    }

    /** Writes a kubeconfig whose one context, {@code fixture}, points at {@code server}. */
    static Path writeKubeconfig(Path folder, String server) throws IOException {
        Path file = folder.resolve("kubeconfig");
        Files.writeString(file, String.join("\n",
                "apiVersion: v1",
                "kind: Config",
                "clusters:",
                "- name: fixture",
                "  cluster:",
                "    server: " + server,
                "contexts:",
                "- name: fixture",
                "  context:",
                "    cluster: fixture",
                "    user: fixture",
                "    namespace: default",
                "current-context: fixture",
                "users:",
                "- name: fixture",
                "  user: {}",
                ""));
        return file;
    }

    @Override
    public void close() {
        server.destroy();
    }

    /** Records each request, then answers it. */
    private final class Recorder extends Dispatcher {
        @Override
        public MockResponse dispatch(RecordedRequest request) {
            requests.add(request.getMethod() + " " + request.getPath());
            String[] pathAndQuery = request.getPath().split("\\?", 2);
            Map<String, String> query = query(pathAndQuery.length > 1 ? pathAndQuery[1] : "");
            List<String> segments = Arrays.stream(pathAndQuery[0].split("/")).filter(s -> !s.isEmpty()).toList();
            if (credentialsRefused) {
                return status(401, "Unauthorized", "Unauthorized");
            }
            if (segments.equals(List.of("version"))) {
                return json(200, "{\"major\":\"1\",\"minor\":\"31\",\"gitVersion\":\"v1.31.4\"}");
            }
            if (segments.size() == 7 && segments.get(6).equals("log")) {
                return log(segments.get(3), segments.get(5), query);
            }
            String group = segments.size() > 1 && segments.get(0).equals("apis") ? segments.get(1) : "";
            String resource = resource(segments);
            if (unserved.contains(group)) {
                return status(404, "NotFound", "the server could not find the requested resource");
            }
            String discovery = Discovery.document(segments, unserved);
            if (discovery != null) {
                return json(200, discovery);
            }
            if (forbidden.contains(resource)) {
                // the API server's words: k8s.io/apiserver pkg/endpoints/handlers/responsewriters/errors.go
                // ("User %q cannot %s resource %q in API group %q at the cluster scope") inside
                // apimachinery's NewForbidden ("%s is forbidden: %v")
                return status(403, "Forbidden", resource + (group.isEmpty() ? "" : "." + group)
                        + " is forbidden: User \"system:serviceaccount:kdiag:kdiag\" cannot list resource \"" + resource
                        + "\" in API group \"" + group + "\" at the cluster scope");
            }
            MockResponse response = crud.dispatch(request);
            return query.containsKey("limit") ? page(response, Integer.parseInt(query.get("limit")),
                    Integer.parseInt(query.getOrDefault("continue", "0"))) : response;
        }

        private MockResponse log(String namespace, String pod, Map<String, String> query) {
            String text = logs.getOrDefault(namespace + "/" + pod + "/" + query.get("container"), "");
            if (query.containsKey("tailLines") && !text.isEmpty()) {
                List<String> lines = text.lines().toList();
                int tail = Integer.parseInt(query.get("tailLines"));
                text = String.join("\n", lines.subList(Math.max(0, lines.size() - tail), lines.size())) + "\n";
            }
            return new MockResponse().setResponseCode(200).setHeader("Content-Type", "text/plain").setBody(text);
        }

        /** One page of a list, with a continue token (the next offset) when more items follow. */
        private MockResponse page(MockResponse full, int limit, int offset) {
            try {
                JsonNode list = JSON.readTree(full.getBody().readUtf8());
                if (!list.has("items")) {
                    return full;
                }
                ArrayNode items = (ArrayNode) list.get("items");
                ArrayNode page = JSON.createArrayNode();
                for (int i = offset; i < Math.min(items.size(), offset + limit); i++) {
                    page.add(items.get(i));
                }
                ObjectNode paged = ((ObjectNode) list).set("items", page);
                ObjectNode metadata = paged.with("metadata");
                if (offset + limit < items.size()) {
                    metadata.put("continue", String.valueOf(offset + limit));
                }
                return json(200, JSON.writeValueAsString(paged));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** The plural resource a path addresses, or {@code ""}. */
    private static String resource(List<String> segments) {
        int base = segments.isEmpty() ? 0 : segments.get(0).equals("api") ? 2 : 3;
        if (segments.size() > base + 1 && segments.get(base).equals("namespaces") && segments.size() > base + 2) {
            return segments.get(base + 2);
        }
        return segments.size() > base ? segments.get(base) : "";
    }

    private static Map<String, String> query(String text) {
        Map<String, String> query = new HashMap<>();
        for (String pair : text.split("&")) {
            if (!pair.isEmpty()) {
                String[] kv = pair.split("=", 2);
                query.put(URLDecoder.decode(kv[0], StandardCharsets.UTF_8),
                        kv.length > 1 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "");
            }
        }
        return query;
    }

    private static MockResponse json(int code, String body) {
        return new MockResponse().setResponseCode(code).setHeader("Content-Type", "application/json").setBody(body);
    }

    private static MockResponse status(int code, String reason, String message) {
        ObjectNode status = JSON.createObjectNode().put("kind", "Status").put("apiVersion", "v1");
        status.putObject("metadata");
        status.put("status", "Failure").put("message", message).put("reason", reason).put("code", code);
        return json(code, status.toString());
    }
}
