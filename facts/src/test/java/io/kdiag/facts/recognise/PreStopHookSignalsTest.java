package io.kdiag.facts.recognise;

import static org.assertj.core.api.Assertions.assertThat;

import io.kdiag.facts.Event;
import io.kdiag.facts.LogLine;
import io.kdiag.facts.ObjectRef;
import io.kdiag.facts.signal.PreStopHookFailed;
import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PreStopHookSignalsTest {

    private static final ObjectRef POD = new ObjectRef("Pod", "csi-mount-test", "etcd-cluster-0");
    private static final Instant AT = Instant.parse("2025-09-15T21:20:46Z");

    private static Event event(String reason, String message) {
        return new Event("csi-mount-test", "etcd-cluster-0.1865a3f0", "Warning", reason, message, POD, 1, AT, AT,
                "kubelet", "events.yaml:40");
    }

    private static LogLine kubeletLog(String text) {
        return new LogLine(text, AT, "I", null, "", "kubelet.log:118");
    }

    static Stream<Arguments> eventWordings() {
        return Stream.of(
                Arguments.of("full exec wording",
                        "Exec lifecycle hook ([/bin/sh -c echo \"$(date): etcd preStop hook starting...\"\npkill -TERM etcd || true\nsleep 5\nsync\nsleep 30\n]) for Container \"etcd\" in Pod \"etcd-cluster-0_csi-mount-test(5b9c2d1e-4f7a-4c3b-9e1d-2a6f8b0c7d43)\" failed - error: command '/bin/sh -c echo \"$(date): etcd preStop hook starting...\"\npkill -TERM etcd || true\nsleep 5\nsync\nsleep 30\n' exited with 137: , message: \"Mon Sep 15 21:20:45 UTC 2025: etcd preStop hook starting...\\n\"",
                        "etcd", 137),
                Arguments.of("shortened wording",
                        "Exec lifecycle hook failed - error: command exited with 137\nmessage: \"Mon Sep 15 21:20:45 UTC 2025: etcd preStop hook starting...\nMon Sep 15 21:20:45 UTC 2025: Stopping etcd processes...\"",
                        "", 137),
                Arguments.of("wording cut inside the command",
                        "Exec lifecycle hook ([/bin/bash -c touch /var/run/killspark && sleep 65\n' exited with 137: , message: \"\"",
                        "", 137),
                Arguments.of("newer kubelets keep the output out of events", "PreStopHook failed", "", null),
                Arguments.of("exit status other than SIGKILL",
                        "Exec lifecycle hook ([/bin/sh -c /opt/drain.sh]) for Container \"etcd\" in Pod \"etcd-cluster-0_csi-mount-test(5b9c2d1e)\" failed - error: command '/bin/sh -c /opt/drain.sh' exited with 126: , message: \"OCI runtime exec failed\"",
                        "etcd", 126),
                Arguments.of("HTTP hook",
                        "HTTP lifecycle hook (/shutdown) for Container \"etcd\" in Pod \"etcd-cluster-0_csi-mount-test(5b9c2d1e)\" failed - error: Get \"http://10.125.196.208:2381/shutdown\": dial tcp 10.125.196.208:2381: connect: connection refused",
                        "etcd", null),
                Arguments.of("sleep action",
                        "Sleep lifecycle hook (30) for Container \"etcd\" in Pod \"etcd-cluster-0_csi-mount-test(5b9c2d1e)\" failed - error: container terminated before sleep hook finished",
                        "etcd", null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("eventWordings")
    void recognisesEveryFailedPreStopHookEvent(String wording, String message, String container, Integer exitCode) {
        PreStopHookFailed failed = PreStopHookSignals.fromEvent(event("FailedPreStopHook", message)).orElseThrow();

        assertThat(failed.pod()).isEqualTo(POD);
        assertThat(failed.container()).isEqualTo(container);
        assertThat(failed.exitCode()).isEqualTo(exitCode);
        assertThat(failed.killed()).isEqualTo(exitCode != null && exitCode == 137);
        assertThat(failed.notCompletedInGracePeriod()).isFalse();
        assertThat(failed.time()).isEqualTo(AT);
        assertThat(failed.evidence().source()).isEqualTo("events.yaml:40");
    }

    static Stream<Arguments> logWordings() {
        return Stream.of(
                Arguments.of("structured, not completed",
                        "\"PreStop hook not completed in grace period\" pod=\"csi-mount-test/etcd-cluster-0\" podUID=\"5b9c2d1e-4f7a-4c3b-9e1d-2a6f8b0c7d43\" containerName=\"etcd\" containerID=\"containerd://d5be3864\" gracePeriod=300",
                        "etcd", null, true, 300L),
                Arguments.of("structured, failed",
                        "\"PreStop hook failed\" err=\"command '/bin/sh -c pkill -TERM etcd; sleep 30' exited with 137: \" pod=\"csi-mount-test/etcd-cluster-0\" podUID=\"5b9c2d1e-4f7a-4c3b-9e1d-2a6f8b0c7d43\" containerName=\"etcd\" containerID=\"containerd://d5be3864\"",
                        "etcd", 137, false, null),
                Arguments.of("structured, failed during termination",
                        "\"PreStop hook failed during pod termination\" err=\"command 'sleep 30' exited with 137: \" pod=\"csi-mount-test/etcd-cluster-0\" containerName=\"etcd\"",
                        "etcd", 137, false, null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("logWordings")
    void recognisesKubeletLogLinesThatNameThePod(String wording, String text, String container, Integer exitCode,
            boolean notCompleted, Long grace) {
        PreStopHookFailed failed = PreStopHookSignals.fromLogLine(kubeletLog(text)).orElseThrow();

        assertThat(failed.pod()).isEqualTo(POD);
        assertThat(failed.container()).isEqualTo(container);
        assertThat(failed.exitCode()).isEqualTo(exitCode);
        assertThat(failed.notCompletedInGracePeriod()).isEqualTo(notCompleted);
        assertThat(failed.gracePeriodSeconds()).isEqualTo(grace);
        assertThat(failed.killed()).isTrue();
        assertThat(failed.evidence().object()).isEqualTo(ObjectRef.cluster("LogFile", "kubelet.log"));
    }

    @Test
    void theStructuredTimeoutCountsAsAPreStopHookEvenInAnEvent() {
        PreStopHookFailed failed = PreStopHookSignals.fromEvent(event("Killing",
                "\"PreStop hook not completed in grace period\" pod=\"csi-mount-test/etcd-cluster-0\" containerName=\"etcd\" gracePeriod=300"))
                .orElseThrow();

        assertThat(failed.notCompletedInGracePeriod()).isTrue();
        assertThat(failed.gracePeriodSeconds()).isEqualTo(300L);
    }

    @Test
    void theOldKlogTimeoutGivesItsGracePeriodButNoPodSoItCannotBeTied() {
        assertThat(PreStopHookSignals.fromLogLine(kubeletLog(
                "preStop hook for container \"containerd://d5be3864\" did not complete in 30 seconds"))).isEmpty();
    }

    @Test
    void aFailedPostStartHookIsNotAPreStopHook() {
        assertThat(PreStopHookSignals.fromEvent(event("FailedPostStartHook",
                "Exec lifecycle hook ([/bin/sh -c echo preStop hook will run later]) for Container \"etcd\" in Pod "
                        + "\"etcd-cluster-0_csi-mount-test(5b9c2d1e)\" failed - error: command exited with 1: , message: \"\"")))
                .isEmpty();
    }

    @Test
    void theAmbiguousLifecycleHookLogLineIsNotTakenForAPreStopHook() {
        assertThat(PreStopHookSignals.fromLogLine(kubeletLog(
                "\"Exec lifecycle hook for Container in Pod failed\" err=\"command 'sleep 30' exited with 137: \" "
                        + "execCommand=[sleep 30] containerName=\"etcd\" pod=\"csi-mount-test/etcd-cluster-0\" message=\"\"")))
                .isEmpty();
    }

    @Test
    void anEventAboutAnotherKindIsIgnored() {
        Event aboutNode = new Event("", "knode13.1", "Warning", "FailedPreStopHook", "PreStopHook failed",
                ObjectRef.cluster("Node", "knode13"), 1, AT, AT, "kubelet", "events.yaml:3");
        assertThat(PreStopHookSignals.fromEvent(aboutNode)).isEmpty();
    }
}
