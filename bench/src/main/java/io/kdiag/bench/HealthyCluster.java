package io.kdiag.bench;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Writes the healthy bulk of a synthetic cluster, one application at a time: a StatefulSet with
 * one pod on a Ready node, its ReadWriteOnce claim bound to a CSI volume, the VolumeAttachment
 * on the pod's node, the events of its start (scheduled, attached, pulled, created, started) and,
 * for every fourth one, a ready VolumeSnapshot of its claim with its content. Objects carry what
 * {@code kubectl get -o json} prints and no rule reads: managedFields, last-applied
 * annotations, conditions, images. The CSI attacher and provisioner log a line for each volume.
 *
 * <p>A few applications are look-alikes of faults that are not faults: a Multi-Attach error that
 * a later attach resolved (diagnosed at {@code info}), a pod whose grace period ends at the clock,
 * and a NotReady node that holds no volume. Deterministic for a given seed.
 */
final class HealthyCluster {

    static final String DRIVER = "rook-ceph.rbd.csi.ceph.com";
    private static final DateTimeFormatter KLOG = DateTimeFormatter.ofPattern("MMdd HH:mm:ss.SSSSSS")
            .withZone(ZoneOffset.UTC);
    private static final int APPS_PER_NAMESPACE = 200;
    private static final int APPS_PER_NODE = 30;
    private static final int LOOK_ALIKE_EVERY = 997;

    private final JsonGenerator json;
    private final Writer attacherLog;
    private final Writer provisionerLog;
    private final Instant clock;
    private final Random random;
    private final int nodes;
    private long objects;

    /**
     * @param json where the List items go
     * @param attacherLog the CSI attacher's log
     * @param provisionerLog the CSI provisioner's log
     * @param clock the cluster's clock: nothing happens after it, and one event happens at it
     * @param apps how many applications will be written (sets the number of nodes)
     */
    HealthyCluster(JsonGenerator json, Writer attacherLog, Writer provisionerLog, Instant clock, long apps, long seed) {
        this.json = json;
        this.attacherLog = attacherLog;
        this.provisionerLog = provisionerLog;
        this.clock = clock;
        this.random = new Random(seed);
        this.nodes = (int) Math.max(3, apps / APPS_PER_NODE);
    }

    /** How many objects were written so far. */
    long objects() {
        return objects;
    }

    /** About how many objects one application takes: what callers divide a target by. */
    static double objectsPerApp() {
        return 9.5;
    }

    /** Writes the nodes; the last one is a NotReady look-alike that holds nothing. */
    void writeNodes() throws IOException {
        for (int n = 0; n < nodes; n++) {
            node(nodeName(n), true);
        }
        node("spare-" + nodes, false);
    }

    /** Writes application number {@code app}. */
    void writeApp(long app) throws IOException {
        String namespace = "team-" + (app / APPS_PER_NAMESPACE);
        String name = "app-" + app;
        String pod = name + "-0";
        String claim = "data-" + pod;
        String volume = "pvc-" + uuid();
        String handle = "0001-0009-rook-ceph-0000000000000002-" + uuid();
        String node = nodeName((int) (app % nodes));
        Instant created = clock.minus(Duration.ofMinutes(90 + random.nextInt(60 * 24 * 30)));
        boolean lookAlike = app % LOOK_ALIKE_EVERY == LOOK_ALIKE_EVERY - 1;
        long kind = app / LOOK_ALIKE_EVERY % 2;

        statefulSet(namespace, name, created);
        Instant started = created.plusSeconds(40);
        podObject(namespace, pod, name, node, claim, started, lookAlike && kind == 1);
        claimObject(namespace, claim, volume, created);
        volumeObject(namespace, claim, volume, handle, created);
        String attachment = attachmentName(handle, node);
        attachmentObject(attachment, volume, node, created);
        event(namespace, pod, "Pod", "Normal", "Scheduled", "default-scheduler",
                "Successfully assigned " + namespace + "/" + pod + " to " + node, started.minusSeconds(30));
        if (lookAlike && kind == 0) {
            event(namespace, pod, "Pod", "Warning", "FailedAttachVolume", "attachdetach-controller",
                    "Multi-Attach error for volume \"" + volume + "\" Volume is already exclusively attached to one node"
                            + " and can't be attached to another", started.minusSeconds(25));
        }
        event(namespace, pod, "Pod", "Normal", "SuccessfulAttachVolume", "attachdetach-controller",
                "AttachVolume.Attach succeeded for volume \"" + volume + "\" ", started.minusSeconds(10));
        event(namespace, pod, "Pod", "Normal", "Pulled", "kubelet",
                "Container image \"registry.example.com/" + name + ":1.4.2\" already present on machine", started);
        event(namespace, pod, "Pod", "Normal", "Started", "kubelet", "Started container app",
                app == 0 ? clock : started.plusSeconds(1));
        if (app % 4 == 0) {
            snapshot(namespace, claim, created.plus(Duration.ofMinutes(30)));
        }
        provisionerLog.write(klog(created.plusSeconds(2), "controller.go:1439", "provision \"" + namespace + "/" + claim
                + "\" class \"ceph-block\": volume \"" + volume + "\" provisioned"));
        provisionerLog.write(klog(created.plusSeconds(2), "controller.go:1456", "provision \"" + namespace + "/" + claim
                + "\" class \"ceph-block\": succeeded"));
        attacherLog.write(klog(started.minusSeconds(12), "csi_handler.go:234", "Attaching \"" + attachment + "\""));
        attacherLog.write(klog(started.minusSeconds(10), "csi_handler.go:261", "Attached \"" + attachment + "\""));
    }

    private static String nodeName(int n) {
        return "worker-" + n;
    }

    private String uuid() {
        return new UUID(random.nextLong(), random.nextLong()).toString();
    }

    private String klog(Instant at, String source, String message) {
        return "I" + KLOG.format(at) + "       1 " + source + "] " + message + "\n";
    }

    /** VolumeAttachment names are {@code csi-} and the SHA-256 of volume handle, driver and node. */
    static String attachmentName(String handle, String node) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest((handle + DRIVER + node).getBytes(StandardCharsets.UTF_8));
            return "csi-" + HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private void begin(String apiVersion, String kind, String namespace, String name, Instant created) throws IOException {
        objects++;
        json.writeStartObject();
        json.writeStringField("apiVersion", apiVersion);
        json.writeStringField("kind", kind);
        json.writeObjectFieldStart("metadata");
        json.writeStringField("name", name);
        if (namespace != null) {
            json.writeStringField("namespace", namespace);
        }
        json.writeStringField("uid", uuid());
        json.writeStringField("resourceVersion", Integer.toString(1_000_000 + random.nextInt(90_000_000)));
        json.writeStringField("creationTimestamp", created.toString());
    }

    /**
     * Two managedFields entries, as the API server records them: the manager that wrote the
     * object and the one that writes its status, each with the tree of the fields it owns
     * ({@code f:spec/f:containers/k:{"name":"app"}/f:image}).
     */
    private void managedFields(String manager, String operation, Instant at, String... paths) throws IOException {
        json.writeArrayFieldStart("managedFields");
        for (boolean status : new boolean[] {false, true}) {
            Map<String, Object> tree = new TreeMap<>();
            for (String path : paths) {
                Map<String, Object> level = status ? child(tree, "f:status") : tree;
                String[] steps = path.split("/");
                for (int i = status ? 1 : 0; i < steps.length; i++) {
                    level = child(level, steps[i].equals("k:") ? "k:{\"name\":\"app\"}" : "f:" + steps[i]);
                }
                for (String leaf : new String[] {"f:lastTransitionTime", "f:status", "f:type", "f:message", "f:reason"}) {
                    child(level, leaf);
                }
            }
            json.writeStartObject();
            json.writeStringField("manager", status ? "kubelet" : manager);
            json.writeStringField("operation", status ? "Update" : operation);
            json.writeStringField("apiVersion", "v1");
            json.writeStringField("time", at.toString());
            json.writeStringField("fieldsType", "FieldsV1");
            json.writeFieldName("fieldsV1");
            writeTree(tree);
            if (status) {
                json.writeStringField("subresource", "status");
            }
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> child(Map<String, Object> level, String name) {
        return (Map<String, Object>) level.computeIfAbsent(name, n -> new TreeMap<String, Object>());
    }

    @SuppressWarnings("unchecked")
    private void writeTree(Map<String, Object> tree) throws IOException {
        json.writeStartObject();
        if (!tree.isEmpty()) {
            json.writeObjectFieldStart(".");
            json.writeEndObject();
        }
        for (Map.Entry<String, Object> entry : tree.entrySet()) {
            json.writeFieldName(entry.getKey());
            writeTree((Map<String, Object>) entry.getValue());
        }
        json.writeEndObject();
    }

    private void labels(String app) throws IOException {
        json.writeObjectFieldStart("labels");
        json.writeStringField("app.kubernetes.io/name", app);
        json.writeStringField("app.kubernetes.io/instance", app);
        json.writeStringField("app.kubernetes.io/managed-by", "Helm");
        json.writeStringField("helm.sh/chart", app + "-1.4.2");
        json.writeEndObject();
    }

    private void condition(String type, String status, String reason, Instant at) throws IOException {
        json.writeStartObject();
        json.writeStringField("type", type);
        json.writeStringField("status", status);
        if (reason != null) {
            json.writeStringField("reason", reason);
        }
        json.writeStringField("lastTransitionTime", at.toString());
        json.writeEndObject();
    }

    private void node(String name, boolean ready) throws IOException {
        Instant created = clock.minus(Duration.ofDays(60));
        begin("v1", "Node", null, name, created);
        json.writeObjectFieldStart("labels");
        json.writeStringField("kubernetes.io/hostname", name);
        json.writeStringField("kubernetes.io/os", "linux");
        json.writeStringField("node.kubernetes.io/instance-type", "m5.2xlarge");
        json.writeStringField("topology.kubernetes.io/zone", "eu-west-1" + (char) ('a' + name.length() % 3));
        json.writeEndObject();
        managedFields("kubelet", "Update", clock.minusSeconds(20), "status/conditions", "status/images", "status/nodeInfo",
                "metadata/labels", "spec/podCIDR");
        json.writeEndObject();
        json.writeObjectFieldStart("spec");
        json.writeStringField("podCIDR", "10.244." + random.nextInt(250) + ".0/24");
        json.writeStringField("providerID", "aws:///eu-west-1a/i-0" + Long.toHexString(random.nextLong()));
        if (!ready) {
            json.writeBooleanField("unschedulable", true);
        }
        json.writeEndObject();
        json.writeObjectFieldStart("status");
        json.writeArrayFieldStart("conditions");
        for (String pressure : new String[] {"MemoryPressure", "DiskPressure", "PIDPressure"}) {
            json.writeStartObject();
            json.writeStringField("type", pressure);
            json.writeStringField("status", "False");
            json.writeStringField("reason", "KubeletHasSufficient" + pressure.replace("Pressure", ""));
            json.writeStringField("lastHeartbeatTime", clock.minusSeconds(20).toString());
            json.writeStringField("lastTransitionTime", created.toString());
            json.writeEndObject();
        }
        json.writeStartObject();
        json.writeStringField("type", "Ready");
        json.writeStringField("status", ready ? "True" : "Unknown");
        json.writeStringField("reason", ready ? "KubeletReady" : "NodeStatusUnknown");
        json.writeStringField("message", ready ? "kubelet is posting ready status" : "Kubelet stopped posting node status.");
        json.writeStringField("lastHeartbeatTime", clock.minusSeconds(ready ? 20 : 7200).toString());
        json.writeStringField("lastTransitionTime", clock.minusSeconds(ready ? 86_400 : 7000).toString());
        json.writeEndObject();
        json.writeEndArray();
        json.writeArrayFieldStart("images");
        for (String image : new String[] {"quay.io/cephcsi/cephcsi:v3.11.0", "registry.k8s.io/sig-storage/csi-attacher:v4.5.0",
                "registry.k8s.io/kube-proxy:v1.29.4"}) {
            json.writeStartObject();
            json.writeArrayFieldStart("names");
            json.writeString(image);
            json.writeEndArray();
            json.writeNumberField("sizeBytes", 50_000_000 + random.nextInt(400_000_000));
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeObjectFieldStart("nodeInfo");
        json.writeStringField("kubeletVersion", "v1.29.4");
        json.writeStringField("containerRuntimeVersion", "containerd://1.7.13");
        json.writeStringField("osImage", "Ubuntu 22.04.4 LTS");
        json.writeEndObject();
        json.writeEndObject();
        json.writeEndObject();
    }

    private void statefulSet(String namespace, String name, Instant created) throws IOException {
        begin("apps/v1", "StatefulSet", namespace, name, created);
        labels(name);
        json.writeObjectFieldStart("annotations");
        json.writeStringField("kubectl.kubernetes.io/last-applied-configuration", "{\"apiVersion\":\"apps/v1\",\"kind\":"
                + "\"StatefulSet\",\"metadata\":{\"name\":\"" + name + "\",\"namespace\":\"" + namespace + "\"},\"spec\":"
                + "{\"replicas\":1,\"serviceName\":\"" + name + "\",\"template\":{\"spec\":{\"containers\":[{\"name\":"
                + "\"app\",\"image\":\"registry.example.com/" + name + ":1.4.2\"}]}}}}");
        json.writeEndObject();
        managedFields("helm", "Apply", created, "spec/template/spec/containers/k:/image", "spec/template/spec/containers/k:/env",
                "spec/template/spec/containers/k:/resources", "spec/template/metadata/labels", "metadata/annotations",
                "spec/volumeClaimTemplates", "spec/selector");
        json.writeEndObject();
        json.writeObjectFieldStart("spec");
        json.writeNumberField("replicas", 1);
        json.writeStringField("serviceName", name);
        json.writeStringField("podManagementPolicy", "OrderedReady");
        json.writeObjectFieldStart("updateStrategy");
        json.writeStringField("type", "RollingUpdate");
        json.writeEndObject();
        json.writeEndObject();
        json.writeObjectFieldStart("status");
        json.writeNumberField("replicas", 1);
        json.writeNumberField("readyReplicas", 1);
        json.writeNumberField("availableReplicas", 1);
        json.writeEndObject();
        json.writeEndObject();
    }

    private void podObject(String namespace, String pod, String owner, String node, String claim, Instant started,
                           boolean deleting) throws IOException {
        begin("v1", "Pod", namespace, pod, started.minusSeconds(40));
        if (deleting) {
            json.writeStringField("deletionTimestamp", clock.toString());
            json.writeNumberField("deletionGracePeriodSeconds", 30);
        }
        labels(owner);
        json.writeArrayFieldStart("ownerReferences");
        json.writeStartObject();
        json.writeStringField("apiVersion", "apps/v1");
        json.writeStringField("kind", "StatefulSet");
        json.writeStringField("name", owner);
        json.writeStringField("uid", uuid());
        json.writeBooleanField("controller", true);
        json.writeBooleanField("blockOwnerDeletion", true);
        json.writeEndObject();
        json.writeEndArray();
        managedFields("kube-controller-manager", "Update", started.minusSeconds(40), "spec/containers/k:/image",
                "spec/containers/k:/env", "spec/containers/k:/resources", "spec/containers/k:/volumeMounts", "spec/volumes",
                "metadata/labels", "metadata/ownerReferences", "spec/tolerations", "spec/affinity");
        json.writeEndObject();
        json.writeObjectFieldStart("spec");
        json.writeStringField("nodeName", node);
        json.writeStringField("serviceAccountName", "default");
        json.writeNumberField("terminationGracePeriodSeconds", 30);
        json.writeArrayFieldStart("containers");
        json.writeStartObject();
        json.writeStringField("name", "app");
        json.writeStringField("image", "registry.example.com/" + owner + ":1.4.2");
        json.writeArrayFieldStart("env");
        for (String env : new String[] {"LOG_LEVEL", "DATA_DIR", "POD_NAMESPACE"}) {
            json.writeStartObject();
            json.writeStringField("name", env);
            json.writeStringField("value", env.toLowerCase(java.util.Locale.ROOT));
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeObjectFieldStart("resources");
        json.writeObjectFieldStart("requests");
        json.writeStringField("cpu", "250m");
        json.writeStringField("memory", "512Mi");
        json.writeEndObject();
        json.writeEndObject();
        json.writeArrayFieldStart("volumeMounts");
        json.writeStartObject();
        json.writeStringField("name", "data");
        json.writeStringField("mountPath", "/var/lib/app");
        json.writeEndObject();
        json.writeEndArray();
        json.writeEndObject();
        json.writeEndArray();
        json.writeArrayFieldStart("volumes");
        json.writeStartObject();
        json.writeStringField("name", "data");
        json.writeObjectFieldStart("persistentVolumeClaim");
        json.writeStringField("claimName", claim);
        json.writeEndObject();
        json.writeEndObject();
        json.writeEndArray();
        json.writeEndObject();
        json.writeObjectFieldStart("status");
        json.writeStringField("phase", "Running");
        json.writeArrayFieldStart("conditions");
        condition("Initialized", "True", null, started.minusSeconds(5));
        condition("Ready", "True", null, started.plusSeconds(5));
        condition("ContainersReady", "True", null, started.plusSeconds(5));
        condition("PodScheduled", "True", null, started.minusSeconds(30));
        json.writeEndArray();
        json.writeStringField("hostIP", "10.0." + random.nextInt(250) + "." + random.nextInt(250));
        json.writeStringField("podIP", "10.244." + random.nextInt(250) + "." + random.nextInt(250));
        json.writeStringField("startTime", started.minusSeconds(5).toString());
        json.writeArrayFieldStart("containerStatuses");
        json.writeStartObject();
        json.writeStringField("name", "app");
        json.writeBooleanField("ready", true);
        json.writeNumberField("restartCount", 0);
        json.writeStringField("image", "registry.example.com/" + owner + ":1.4.2");
        json.writeStringField("containerID", "containerd://" + Long.toHexString(random.nextLong()));
        json.writeObjectFieldStart("state");
        json.writeObjectFieldStart("running");
        json.writeStringField("startedAt", started.toString());
        json.writeEndObject();
        json.writeEndObject();
        json.writeEndObject();
        json.writeEndArray();
        json.writeEndObject();
        json.writeEndObject();
    }

    private void claimObject(String namespace, String claim, String volume, Instant created) throws IOException {
        begin("v1", "PersistentVolumeClaim", namespace, claim, created);
        json.writeObjectFieldStart("annotations");
        json.writeStringField("pv.kubernetes.io/bind-completed", "yes");
        json.writeStringField("volume.kubernetes.io/storage-provisioner", DRIVER);
        json.writeEndObject();
        managedFields("kube-controller-manager", "Update", created, "spec/volumeName", "metadata/annotations",
                "spec/resources", "status/phase");
        json.writeEndObject();
        json.writeObjectFieldStart("spec");
        json.writeArrayFieldStart("accessModes");
        json.writeString("ReadWriteOnce");
        json.writeEndArray();
        json.writeStringField("storageClassName", "ceph-block");
        json.writeStringField("volumeName", volume);
        json.writeStringField("volumeMode", "Filesystem");
        json.writeObjectFieldStart("resources");
        json.writeObjectFieldStart("requests");
        json.writeStringField("storage", "10Gi");
        json.writeEndObject();
        json.writeEndObject();
        json.writeEndObject();
        json.writeObjectFieldStart("status");
        json.writeStringField("phase", "Bound");
        json.writeEndObject();
        json.writeEndObject();
    }

    private void volumeObject(String namespace, String claim, String volume, String handle, Instant created)
            throws IOException {
        begin("v1", "PersistentVolume", null, volume, created.plusSeconds(2));
        json.writeObjectFieldStart("annotations");
        json.writeStringField("pv.kubernetes.io/provisioned-by", DRIVER);
        json.writeEndObject();
        json.writeEndObject();
        json.writeObjectFieldStart("spec");
        json.writeArrayFieldStart("accessModes");
        json.writeString("ReadWriteOnce");
        json.writeEndArray();
        json.writeObjectFieldStart("capacity");
        json.writeStringField("storage", "10Gi");
        json.writeEndObject();
        reference("claimRef", "PersistentVolumeClaim", namespace, claim);
        json.writeObjectFieldStart("csi");
        json.writeStringField("driver", DRIVER);
        json.writeStringField("volumeHandle", handle);
        json.writeStringField("fsType", "ext4");
        json.writeEndObject();
        json.writeStringField("persistentVolumeReclaimPolicy", "Delete");
        json.writeStringField("storageClassName", "ceph-block");
        json.writeEndObject();
        json.writeObjectFieldStart("status");
        json.writeStringField("phase", "Bound");
        json.writeEndObject();
        json.writeEndObject();
    }

    private void attachmentObject(String name, String volume, String node, Instant created) throws IOException {
        begin("storage.k8s.io/v1", "VolumeAttachment", null, name, created.plusSeconds(5));
        json.writeEndObject();
        json.writeObjectFieldStart("spec");
        json.writeStringField("attacher", DRIVER);
        json.writeStringField("nodeName", node);
        json.writeObjectFieldStart("source");
        json.writeStringField("persistentVolumeName", volume);
        json.writeEndObject();
        json.writeEndObject();
        json.writeObjectFieldStart("status");
        json.writeBooleanField("attached", true);
        json.writeEndObject();
        json.writeEndObject();
    }

    private void snapshot(String namespace, String claim, Instant created) throws IOException {
        String content = "snapcontent-" + uuid();
        String name = claim + "-daily";
        begin("snapshot.storage.k8s.io/v1", "VolumeSnapshot", namespace, name, created);
        json.writeEndObject();
        json.writeObjectFieldStart("spec");
        json.writeStringField("volumeSnapshotClassName", "ceph-block-snapshot");
        json.writeObjectFieldStart("source");
        json.writeStringField("persistentVolumeClaimName", claim);
        json.writeEndObject();
        json.writeEndObject();
        json.writeObjectFieldStart("status");
        json.writeStringField("boundVolumeSnapshotContentName", content);
        json.writeStringField("creationTime", created.plusSeconds(3).toString());
        json.writeBooleanField("readyToUse", true);
        json.writeStringField("restoreSize", "10Gi");
        json.writeEndObject();
        json.writeEndObject();

        begin("snapshot.storage.k8s.io/v1", "VolumeSnapshotContent", null, content, created);
        json.writeEndObject();
        json.writeObjectFieldStart("spec");
        json.writeStringField("deletionPolicy", "Delete");
        json.writeStringField("driver", DRIVER);
        json.writeObjectFieldStart("source");
        json.writeStringField("volumeHandle", "0001-0009-rook-ceph-0000000000000002-" + uuid());
        json.writeEndObject();
        reference("volumeSnapshotRef", "VolumeSnapshot", namespace, name);
        json.writeEndObject();
        json.writeObjectFieldStart("status");
        json.writeBooleanField("readyToUse", true);
        json.writeStringField("snapshotHandle", "0001-0009-rook-ceph-0000000000000002-" + uuid());
        json.writeEndObject();
        json.writeEndObject();
    }

    private void reference(String field, String kind, String namespace, String name) throws IOException {
        json.writeObjectFieldStart(field);
        json.writeStringField("kind", kind);
        json.writeStringField("namespace", namespace);
        json.writeStringField("name", name);
        json.writeEndObject();
    }

    private void event(String namespace, String object, String kind, String type, String reason, String component,
                       String message, Instant at) throws IOException {
        begin("v1", "Event", namespace, object + "." + Long.toHexString(at.toEpochMilli() * 1000 + random.nextInt(1000)), at);
        json.writeEndObject();
        json.writeObjectFieldStart("involvedObject");
        json.writeStringField("apiVersion", "v1");
        json.writeStringField("kind", kind);
        json.writeStringField("namespace", namespace);
        json.writeStringField("name", object);
        json.writeEndObject();
        json.writeStringField("type", type);
        json.writeStringField("reason", reason);
        json.writeStringField("message", message);
        json.writeObjectFieldStart("source");
        json.writeStringField("component", component);
        json.writeEndObject();
        json.writeStringField("firstTimestamp", at.toString());
        json.writeStringField("lastTimestamp", at.toString());
        json.writeNumberField("count", 1);
        json.writeStringField("reportingComponent", component);
        json.writeEndObject();
    }
}
