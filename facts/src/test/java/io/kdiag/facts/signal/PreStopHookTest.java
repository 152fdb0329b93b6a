package io.kdiag.facts.signal;

import static org.assertj.core.api.Assertions.assertThat;

import io.kdiag.facts.Container;
import io.kdiag.facts.Pod;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PreStopHookTest {

    private static Pod podWithHook(String hook) {
        return new Pod("csi-mount-test", "etcd-cluster-0", "uid", "knode13", "Running", List.of(), List.of("etcd-data"),
                Map.of(), null, null, null, 300L, List.of(), true, List.of(hook),
                List.of(new Container("etcd", "quay.io/coreos/etcd:v3.5.9", List.of(), true, 0, "running", "", "")), "pods.yaml:1");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
        "etcd: /bin/sh -c echo start; pkill -TERM etcd || true; sleep 5; sync; sleep 30 # etcd # true # 35",
        "etcd: /bin/sh -c kill -TERM 1 # etcd # true # 0",
        "etcd: /bin/sh -c /bin/kill -TERM 1; sleep 5 # etcd # true # 5",
        "etcd: /usr/bin/pkill -INT etcd # etcd # true # 0",
        "nginx: /usr/sbin/nginx -s quit; killall -w nginx # nginx # true # 0",
        "app: sleep 30 # app # false # 30",
        "app: /bin/sh -c sleep 2m # app # false # 120",
        "app: /bin/sh -c kill -0 1 && sleep 10 # app # false # 10",
        "app: /bin/sh -c /opt/bin/skill-check --no-sleep # app # false # 0",
        "app: httpGet # app # false # 0"})
    void readsWhatTheHookCommandDoes(String declared, String container, boolean signals, long sleep) {
        PreStopHook hook = PreStopHook.of(podWithHook(declared)).get(0);

        assertThat(hook.container()).isEqualTo(container);
        assertThat(hook.signalsProcesses()).isEqualTo(signals);
        assertThat(hook.sleepSeconds()).isEqualTo(sleep);
    }

    @ParameterizedTest
    @CsvSource({"300, 300, true", "35, 300, false", "30, 30, true"})
    void aHookOutlivesAGracePeriodNoLongerThanItsSleeps(long sleep, long grace, boolean outlives) {
        PreStopHook hook = PreStopHook.of(podWithHook("app: sleep " + sleep)).get(0);

        assertThat(hook.outlives(grace)).isEqualTo(outlives);
    }
}
