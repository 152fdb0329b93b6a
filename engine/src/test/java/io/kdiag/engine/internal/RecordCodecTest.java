package io.kdiag.engine.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kdiag.engine.report.Risk;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Records written by their components and read back through their constructors. */
class RecordCodecTest {

    /** Every kind of component the codec knows. */
    record Every(String text, Boolean flag, int count, Long big, Double ratio, Risk risk, List<String> words,
            Map<String, Inner> inners, Inner inner) {
    }

    /** A record inside another one, whose constructor fills a default. */
    record Inner(String name, List<Risk> risks) {
        Inner {
            risks = risks == null ? List.of() : List.copyOf(risks);
        }
    }

    /** The same record with one more component. */
    record Grown(String name, List<Risk> risks, String more) {
    }

    /** A component of a kind the codec does not know. */
    record Unknown(Set<String> names) {
    }

    @Test
    void everyKindOfComponentReadsBackEqual() throws IOException {
        Map<String, Inner> inners = new LinkedHashMap<>();
        inners.put("b", new Inner("bee", List.of(Risk.values())));
        inners.put("a", null);
        for (Every value : List.of(
                new Every("text ✓ " + "x".repeat(70_000), true, -3, Long.MAX_VALUE, 0.25, Risk.values()[0],
                        Arrays.asList("one", null, ""), inners, new Inner("in", null)),
                new Every(null, null, 0, null, null, null, null, null, null))) {
            assertThat(roundTrip(new RecordCodec(Every.class), value)).isEqualTo(value);
        }
    }

    @Test
    void aRecordIsReadThroughItsConstructor() throws IOException {
        RecordCodec codec = new RecordCodec(Inner.class);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeBoolean(true);      // the record
        out.writeBoolean(false);     // a null name
        out.writeBoolean(false);     // null risks, which the constructor makes empty
        assertThat(codec.read(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray()))))
                .isEqualTo(new Inner(null, List.of()));
    }

    @Test
    void theShapeNamesEveryComponentAndConstant() {
        String shape = new RecordCodec(Every.class).shape();
        assertThat(shape).contains("inners:java.util.Map<java.lang.String, " + Inner.class.getName() + ">")
                .contains(Inner.class.getName() + "(name:java.lang.String;risks:java.util.List<" + Risk.class.getName() + ">;)")
                .contains(Risk.class.getName() + Arrays.toString(Risk.values()));
        assertThat(new RecordCodec(Grown.class).shape().replace(Grown.class.getName(), Inner.class.getName()))
                .isNotEqualTo(new RecordCodec(Inner.class).shape());
    }

    @Test
    void aComponentOfAnUnknownKindIsRefusedByName() {
        assertThatThrownBy(() -> roundTrip(new RecordCodec(Unknown.class), new Unknown(Set.of("a"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("java.util.Set<java.lang.String>");
    }

    private static Object roundTrip(RecordCodec codec, Object value) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        codec.write(value, new DataOutputStream(bytes));
        return codec.read(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));
    }
}
