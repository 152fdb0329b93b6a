package io.kdiag.facts.recognise;

import static org.assertj.core.api.Assertions.assertThat;

import io.kdiag.facts.Container;
import io.kdiag.facts.Event;
import io.kdiag.facts.ObjectRef;
import io.kdiag.facts.Pod;
import io.kdiag.facts.VolumeAttachment;
import io.kdiag.facts.signal.AttachSucceeded;
import io.kdiag.facts.signal.AttachWaitsForDetach;
import io.kdiag.facts.signal.ClaimResizeRejected;
import io.kdiag.facts.signal.CsiError;
import io.kdiag.facts.signal.ExternalExpansionWait;
import io.kdiag.facts.signal.ForceDetach;
import io.kdiag.facts.signal.MaxVolumeCountExceeded;
import io.kdiag.facts.signal.MultiAttachConflict;
import io.kdiag.facts.signal.MultiAttachError;
import io.kdiag.facts.signal.PreStopHook;
import io.kdiag.facts.signal.PreStopHookFailed;
import io.kdiag.facts.signal.VolumeMountTimeout;
import io.kdiag.facts.signal.VolumeNodeAffinityConflict;
import io.kdiag.facts.signal.VolumeResizeFailure;
import io.kdiag.facts.snapshot.SnapshotLoader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs every recogniser of this package against every line of the wording catalogue
 * ({@code wordings/catalogue.tsv}): lines real software printed, each with its meaning, the IDs
 * it names and its public source. Events are read as the event's message, VolumeAttachment
 * errors as {@code status.attachError.message}, {@code claim-event} lines as events about a claim
 * (the others are about a pod), log lines through the snapshot loader exactly
 * as printed (klog, structured klog, JSON, {@code --timestamps}, journald prefixes), and hook
 * commands as a pod's preStop hook.
 */
class WordingCatalogueTest {

    private static final String CATALOGUE = "/wordings/catalogue.tsv";
    private static final Instant AT = Instant.parse("2025-11-03T19:40:01Z");
    private static final ObjectRef POD = new ObjectRef("Pod", "default", "app-0");
    private static final ObjectRef CLAIM = new ObjectRef("PersistentVolumeClaim", "default", "data-app-0");

    @TempDir
    static Path logs;

    /** One catalogue line. */
    record Wording(int row, String form, String signal, Map<String, String> ids, String line, String source) {

        @Override
        public String toString() {
            return "row " + row + " " + form + " -> " + signal;
        }
    }

    static List<Wording> catalogue() throws IOException {
        List<Wording> wordings = new ArrayList<>();
        try (InputStream in = WordingCatalogueTest.class.getResourceAsStream(CATALOGUE)) {
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            for (int i = 0; i < lines.length; i++) {
                if (lines[i].isBlank() || lines[i].startsWith("#")) {
                    continue;
                }
                String[] cells = lines[i].split("\t", -1);
                assertThat(cells).as("catalogue row %d has five cells", i + 1).hasSize(5);
                wordings.add(new Wording(i + 1, cells[0], cells[1], ids(cells[2]),
                        cells[3].replace("\\n", "\n"), cells[4]));
            }
        }
        return wordings;
    }

    private static Map<String, String> ids(String cell) {
        Map<String, String> ids = new LinkedHashMap<>();
        for (String pair : cell.split(",")) {
            if (!pair.isBlank()) {
                int eq = pair.indexOf('=');
                ids.put(pair.substring(0, eq), pair.substring(eq + 1));
            }
        }
        return ids;
    }

    @Test
    void theCatalogueHoldsEnoughRealLinesEachWithItsSource() throws IOException {
        List<Wording> wordings = catalogue();

        assertThat(wordings).hasSizeGreaterThanOrEqualTo(80);
        assertThat(wordings).allSatisfy(w -> assertThat(w.source()).as(w.toString()).isNotBlank());
        assertThat(wordings.stream().map(Wording::form).map(f -> f.replaceAll(":.*", "")).collect(Collectors.toSet()))
                .contains("event", "log", "va-attach-error", "prestop-command");
        assertThat(wordings.stream().map(Wording::signal).filter("none"::equals).count())
                .as("negatives: lines that look like a signal but are not one").isGreaterThanOrEqualTo(10);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("catalogue")
    void everyRecogniserReadsTheLineByItsMeaning(Wording wording) throws Exception {
        List<Object> signals = recognise(wording);

        List<String> meanings = signals.stream().map(WordingCatalogueTest::meaning).toList();
        if ("none".equals(wording.signal())) {
            assertThat(meanings).as("%s: %s", wording, wording.line()).isEmpty();
            return;
        }
        assertThat(meanings).as("%s: %s", wording, wording.line())
                .containsExactlyInAnyOrder(wording.signal().split("\\+"));
        String first = wording.signal().split("\\+")[0];
        Map<String, String> ids = ids(signals.stream().filter(s -> meaning(s).equals(first)).findFirst().orElseThrow());
        wording.ids().forEach((key, value) ->
                assertThat(ids.get(key)).as("%s: %s of %s", wording, key, wording.line()).isEqualTo(value));
    }

    @Test
    void aLineThatNamesANodeOrAnInstanceIsNeverAMissingVolume() throws Exception {
        for (Wording wording : catalogue()) {
            if (!wording.signal().startsWith("node-not-found")) {
                continue;
            }
            assertThat(recognise(wording)).as(wording.toString()).allSatisfy(signal ->
                    assertThat(((CsiError) signal).isVolumeNotFound()).isFalse());
        }
    }

    private static List<Object> recognise(Wording wording) throws Exception {
        String form = wording.form();
        if (form.startsWith("event:")) {
            return EventSignals.recognise(new Event("default", "e" + wording.row(), "Warning", form.substring(6),
                    wording.line(), POD, 3, AT, AT, "attachdetach-controller", "events.yaml:1"));
        }
        if (form.startsWith("claim-event:")) {
            return EventSignals.recognise(new Event("default", "e" + wording.row(), "Warning", form.substring(12),
                    wording.line(), CLAIM, 3, AT, AT, "external-resizer driver.example", "events.yaml:1"));
        }
        return switch (form) {
            case "va-attach-error" -> CsiErrors.inAttachError(new VolumeAttachment("csi-0a1b", "driver.example",
                    "pvc-1", "node-1", false, wording.line(), "", List.of(), AT, null, "va.yaml:1"))
                    .<List<Object>>map(List::of).orElse(List.of());
            case "log" -> fromLog(wording);
            case "prestop-command" -> List.of(PreStopHook.of(podWithHook(wording.line())).get(0));
            default -> throw new IllegalArgumentException("unknown form " + form + " in " + wording);
        };
    }

    /** The signals the snapshot loader recognises in a log file that holds only this line. */
    private static List<Object> fromLog(Wording wording) throws Exception {
        Path dir = Files.createDirectories(logs.resolve("row-" + wording.row()));
        Files.writeString(dir.resolve("component.log"), wording.line() + "\n");
        return new SnapshotLoader().load(List.of(dir)).facts().stream()
                .filter(f -> f.getClass().getPackageName().equals(CsiError.class.getPackageName()))
                .toList();
    }

    private static Pod podWithHook(String command) {
        return new Pod("default", "app-0", "uid", "node-1", "Running", List.of(), List.of(), Map.of(), AT, AT, null,
                30L, List.of(), true, List.of("app: " + command), List.of(new Container("app", "busybox:1.36", List.of())),
                "pods.yaml:1");
    }

    /** What a signal means, in the catalogue's words. */
    static String meaning(Object signal) {
        if (signal instanceof CsiError e) {
            if (e.isAttachLimitExceeded()) {
                return "attach-limit:" + e.operation();
            }
            if (e.isVolumeNotFound()) {
                return "volume-not-found:" + e.operation();
            }
            if (e.isNodeNotFound()) {
                return "node-not-found:" + e.operation();
            }
            if (e.isOperationLock()) {
                return "operation-lock:" + e.operation();
            }
            if (e.isTimeout()) {
                return "deadline-exceeded:" + e.operation();
            }
            return "csi-error:" + e.operation() + ":" + e.code();
        }
        if (signal instanceof MultiAttachError || signal instanceof MultiAttachConflict) {
            return "multi-attach";
        }
        if (signal instanceof VolumeMountTimeout timeout) {
            return timeout.waitsForAttach() ? "mount-timeout" : "mount-timeout-mounted";
        }
        if (signal instanceof PreStopHookFailed hook) {
            return hook.killed() ? "prestop-killed" : "prestop-failed";
        }
        if (signal instanceof PreStopHook hook) {
            return hook.signalsProcesses() ? "hook-signals-processes" : "hook-no-signal";
        }
        if (signal instanceof ForceDetach) {
            return "force-detach";
        }
        if (signal instanceof AttachSucceeded) {
            return "attach-succeeded";
        }
        if (signal instanceof AttachWaitsForDetach) {
            return "attach-waits-for-detach";
        }
        if (signal instanceof VolumeNodeAffinityConflict) {
            return "volume-node-affinity-conflict";
        }
        if (signal instanceof MaxVolumeCountExceeded) {
            return "max-volume-count";
        }
        if (signal instanceof ExternalExpansionWait) {
            return "external-expanding";
        }
        if (signal instanceof VolumeResizeFailure failure) {
            return "resize-failed:" + failure.stage();
        }
        if (signal instanceof ClaimResizeRejected rejected) {
            return "resize-rejected:" + rejected.reason();
        }
        return signal.getClass().getSimpleName();
    }

    /** The IDs a signal names, under the catalogue's keys. */
    static Map<String, String> ids(Object signal) {
        Map<String, String> ids = new LinkedHashMap<>();
        if (signal instanceof CsiError e) {
            ids.put("volume", e.volumeId());
            ids.put("node", e.nodeId());
        } else if (signal instanceof MultiAttachError e) {
            ids.put("volume", e.volume());
            ids.put("holders", String.join("|", e.holderPods()));
        } else if (signal instanceof MultiAttachConflict c) {
            ids.put("volume", c.volume());
            ids.put("node", c.node());
            ids.put("unique", c.uniqueName());
            ids.put("holders", String.join("|", c.holderNodes()));
        } else if (signal instanceof VolumeMountTimeout t) {
            ids.put("pod", t.pod().namespace() + "/" + t.pod().name());
            ids.put("unattached", String.join("|", t.unattachedVolumes()));
        } else if (signal instanceof PreStopHookFailed h) {
            ids.put("pod", h.pod().namespace() + "/" + h.pod().name());
            ids.put("container", h.container());
            ids.put("exit", String.valueOf(h.exitCode()));
            ids.put("grace", String.valueOf(h.gracePeriodSeconds()));
        } else if (signal instanceof ForceDetach f) {
            ids.put("volume", f.volume());
            ids.put("node", f.node());
        } else if (signal instanceof AttachSucceeded a) {
            ids.put("volume", a.volume());
        } else if (signal instanceof AttachWaitsForDetach a) {
            ids.put("volume", a.volume());
        } else if (signal instanceof VolumeNodeAffinityConflict c) {
            ids.put("conflicting", String.valueOf(c.conflictingNodes()));
            ids.put("nodes", String.valueOf(c.nodes()));
            ids.put("reasons", String.valueOf(c.otherReasons().size()));
        } else if (signal instanceof MaxVolumeCountExceeded m) {
            ids.put("nodes", String.valueOf(m.nodes()));
            ids.put("total", String.valueOf(m.totalNodes()));
        } else if (signal instanceof VolumeResizeFailure f) {
            ids.put("volume", f.volume());
            ids.put("resizer", f.resizer());
        } else if (signal instanceof ClaimResizeRejected r) {
            ids.put("claim", r.claimName());
        }
        return ids;
    }

    @Test
    void everySourceIsAPublicThreadOrAPublicSourceFile() throws IOException {
        Set<String> kinds = new TreeSet<>();
        for (Wording wording : catalogue()) {
            String source = wording.source();
            boolean thread = source.startsWith("https://github.com/");
            boolean file = source.matches("^[\\w.-]+/[\\w.-]+ [\\w./-]+\\.go\\b.*") || source.startsWith("kube-controller-manager log")
                    || source.startsWith("in-tree wording") || source.startsWith("a hook of") || source.startsWith("nginx graceful");
            assertThat(thread || file).as("%s names a public source: %s", wording, source).isTrue();
            kinds.add(thread ? "thread" : "file");
        }
        assertThat(kinds).contains("thread");
    }

    static Stream<Wording> everyLine() throws IOException {
        return catalogue().stream();
    }
}
