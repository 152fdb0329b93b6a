package io.kdiag.cli;

import picocli.CommandLine;

/** Entry point of the {@code kdiag} command. */
public final class Main {

    private Main() {
    }

    /** Runs kdiag and exits with its status. */
    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs kdiag with the process's standard streams and returns the exit status. */
    static int run(String... args) {
        return KdiagCommand.commandLine().execute(args);
    }
}
