package io.kdiag.cli;

import java.io.PrintWriter;

/** Progress lines on stderr, written only when a person is watching (stderr is a terminal). */
final class Progress {

    private final PrintWriter err;
    private final boolean enabled;

    Progress(PrintWriter err) {
        this.err = err;
        this.enabled = System.console() != null;
    }

    void say(String what) {
        if (enabled) {
            err.println("kdiag: " + what + "...");
            err.flush();
        }
    }
}
