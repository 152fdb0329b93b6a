package io.kdiag.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.TypeConversionException;

class GoDurationTest {

    private final GoDuration converter = new GoDuration();

    @Test
    void durationsAreReadAsKubectlWritesThem() {
        assertThat(converter.convert("30s")).isEqualTo(Duration.ofSeconds(30));
        assertThat(converter.convert("1h30m")).isEqualTo(Duration.ofMinutes(90));
        assertThat(converter.convert("500ms")).isEqualTo(Duration.ofMillis(500));
        assertThat(converter.convert("2m5s")).isEqualTo(Duration.ofSeconds(125));
    }

    @Test
    void anythingElseIsRefusedWithAnExample() {
        for (String bad : new String[] {"", "30", "1 h", "-5m", "1d"}) {
            assertThatThrownBy(() -> converter.convert(bad)).isInstanceOf(TypeConversionException.class)
                    .hasMessageContaining("not a duration such as 30s, 5m or 1h30m");
        }
    }
}
