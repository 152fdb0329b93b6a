package io.kdiag.engine.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class CertaintyTest {

    @Test
    void independentEvidenceStrengthensWithoutPassingOne() {
        assertThat(Certainty.combine(0.8, 0.5)).isCloseTo(0.9, within(1e-9));
        assertThat(Certainty.combineAll(List.of(0.9, 0.9, 0.9, 0.9))).isLessThan(1.0).isGreaterThan(0.999);
    }

    @Test
    void evidenceAgainstWeakensAndCertaintiesCancel() {
        assertThat(Certainty.combine(0.86, -0.8)).isCloseTo(0.3, within(1e-9));
        assertThat(Certainty.combine(0.5, -0.5)).isCloseTo(0.0, within(1e-9));
        assertThat(Certainty.combine(-0.5, -0.5)).isCloseTo(-0.75, within(1e-9));
    }

    @Test
    void theOrderOfEvidenceDoesNotMatter() {
        double one = Certainty.combineAll(List.of(0.8, -0.7, 0.3, -0.2));
        double other = Certainty.combineAll(List.of(-0.2, 0.3, 0.8, -0.7));
        assertThat(one).isEqualTo(other);
    }
}
