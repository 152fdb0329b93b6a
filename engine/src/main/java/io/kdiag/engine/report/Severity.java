package io.kdiag.engine.report;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** How much harm a diagnosis does, from the most to the least. */
public enum Severity {
    /** Data at risk, or a workload fully down. */
    CRITICAL,
    /** Pods cannot start. */
    HIGH,
    /** Degraded or slow. */
    MEDIUM,
    /** Risky configuration. */
    LOW,
    /** Transient or self-healing. */
    INFO;

    /** The contract's lower-case name. */
    @JsonValue
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether this severity is at least as grave as {@code other}. */
    public boolean atLeast(Severity other) {
        return ordinal() <= other.ordinal();
    }

    /**
     * The severity with this contract name.
     *
     * @throws IllegalArgumentException for anything else
     */
    @JsonCreator
    public static Severity of(String label) {
        for (Severity severity : values()) {
            if (severity.label().equals(label)) {
                return severity;
            }
        }
        throw new IllegalArgumentException("unknown severity '" + label + "' (critical, high, medium, low, info)");
    }
}
