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
    /**
     * kdiag, or a playbook it loaded, failed while running: a bug, not the user's input or rules
     * that do not compile. The next free status rather than sysexits' 70 (EX_SOFTWARE): kdiag's
     * other statuses follow no sysexits code either (a usage error is 2, not 64), so the statuses
     * stay one short range, 0 to 4, that help and docs list in full.
     */
    static final int INTERNAL = 4;

    /** The line every command's {@code --help} gives {@link #INTERNAL}. */
    static final String INTERNAL_HELP = "4:internal error: kdiag or a loaded playbook failed while running "
            + "(a bug; --debug prints where)";

    private ExitCodes() {
    }
}
