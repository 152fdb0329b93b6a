package io.kdiag.cli;

import io.kdiag.engine.report.Severity;

/** Reads {@code --min-severity LEVEL} and {@code --fail-on LEVEL}: a severity name in any case. */
final class SeverityChoice extends LabelledChoice<Severity> {

    SeverityChoice() {
        super(Severity.values(), Severity::label, "severity", "");
    }
}
