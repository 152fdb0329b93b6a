package io.kdiag.engine;

import java.util.List;

/**
 * Playbooks could not be compiled: a DRL file has errors, or a content file is invalid. Each
 * error names its file, line and column.
 */
public final class RuleCompilationException extends Exception {

    private final transient List<RuleError> errors;

    /** A failure with at least one error. */
    public RuleCompilationException(List<RuleError> errors) {
        super(errors.isEmpty() ? "rule compilation failed" : errors.get(0).toString());
        this.errors = List.copyOf(errors);
    }

    /** Every error, in file order. */
    public List<RuleError> errors() {
        return errors;
    }
}
