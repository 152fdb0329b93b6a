package io.kdiag.cli;

/** The exit statuses of the contract. */
final class ExitCodes {

    /** The analysis ran, whatever it found. */
    static final int OK = 0;
    /** A diagnosis at or above {@code --fail-on}, or a failed playbook test case. */
    static final int FAILED_ON = 1;
    /** Usage or input error that left nothing to analyse. */
    static final int INPUT = 2;
    /** A rule file failed to compile. */
    static final int RULES = 3;

    private ExitCodes() {
    }
}
