package io.kdiag.cli;

import java.io.InputStream;
import java.util.Map;
import java.util.OptionalInt;

/**
 * What a run of kdiag gets from its process besides arguments: standard input, the terminal,
 * and the environment. {@link #system()} in production; tests build their own.
 *
 * @param stdin standard input, read by {@code kdiag analyze -}
 * @param terminal whether the output streams are terminals, and how wide
 * @param environment the environment variables
 */
record ProcessContext(InputStream stdin, Terminal terminal, Map<String, String> environment) {

    /** Copies the environment. */
    ProcessContext {
        environment = Map.copyOf(environment);
    }

    /** The real process. */
    static ProcessContext system() {
        return new ProcessContext(System.in, Terminal.system(), System.getenv());
    }

    /** Whether colour is wanted on stdout: it is a terminal and {@code NO_COLOR} is unset or empty. */
    boolean colourOnStdout() {
        return environment.getOrDefault("NO_COLOR", "").isEmpty() && terminal.stdoutIsTerminal();
    }

    /** The text width: {@code COLUMNS} when set to a number, else the terminal's, else none. */
    OptionalInt columns() {
        String columns = environment.getOrDefault("COLUMNS", "").strip();
        if (columns.matches("\\d{1,4}") && Integer.parseInt(columns) > 0) {
            return OptionalInt.of(Integer.parseInt(columns));
        }
        return terminal.stdoutColumns();
    }
}
