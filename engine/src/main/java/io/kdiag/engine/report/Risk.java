package io.kdiag.engine.report;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** What running a remediation step risks. */
public enum Risk {
    /** Only inspects. */
    READ_ONLY("read-only"),
    /** Changes state without disruption. */
    SAFE("safe"),
    /** Restarts, evicts or detaches. */
    DISRUPTIVE("disruptive"),
    /** Deletes data; the step says what backup must exist first. */
    DATA_LOSS("data-loss");

    private final String label;

    Risk(String label) {
        this.label = label;
    }

    /** The contract's name. */
    @JsonValue
    public String label() {
        return label;
    }

    /**
     * The risk with this contract name.
     *
     * @throws IllegalArgumentException for anything else
     */
    @JsonCreator
    public static Risk of(String label) {
        for (Risk risk : values()) {
            if (risk.label.equals(label)) {
                return risk;
            }
        }
        throw new IllegalArgumentException("unknown risk '" + label + "' (read-only, safe, disruptive, data-loss)");
    }
}
