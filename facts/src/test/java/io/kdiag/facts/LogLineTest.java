package io.kdiag.facts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LogLineTest {

    private static final LogLine PRESTOP = new LogLine("\"PreStop hook not completed in grace period\" "
            + "pod=\"prod/web-68c6fc9b7d-26fwh\" podUID=f5d85c9b-ed4e-44d4-a075-7eb277ddcc85 "
            + "containerName=\"web\" msg=\"say \\\"bye\\\"\" gracePeriod=300", null, "", null, "", "kubelet.log:12");

    @Test
    void readsStructuredFieldsQuotedOrBare() {
        assertThat(PRESTOP.field("pod")).isEqualTo("prod/web-68c6fc9b7d-26fwh");
        assertThat(PRESTOP.field("podUID")).isEqualTo("f5d85c9b-ed4e-44d4-a075-7eb277ddcc85");
        assertThat(PRESTOP.field("gracePeriod")).isEqualTo("300");
        assertThat(PRESTOP.field("msg")).isEqualTo("say \"bye\"");
        assertThat(PRESTOP.field("UID")).as("only whole keys").isEmpty();
        assertThat(PRESTOP.field("node")).isEmpty();
    }

    @Test
    void aLineOfAPlainFileComesFromTheFile() {
        assertThat(PRESTOP.origin()).isEqualTo(ObjectRef.cluster("LogFile", "kubelet.log"));
    }
}
