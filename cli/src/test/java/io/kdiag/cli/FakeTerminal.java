package io.kdiag.cli;

import java.util.OptionalInt;

/**
 * A terminal whose answers a test chooses.
 *
 * @param stdout whether stdout is a terminal
 * @param stderr whether stderr is a terminal
 * @param columns stdout's width, 0 when unknown
 */
record FakeTerminal(boolean stdout, boolean stderr, int columns) implements Terminal {

    /** Neither stream is a terminal, as under CI or in a pipe. */
    static final FakeTerminal NONE = new FakeTerminal(false, false, 0);

    @Override
    public boolean stdoutIsTerminal() {
        return stdout;
    }

    @Override
    public boolean stderrIsTerminal() {
        return stderr;
    }

    @Override
    public OptionalInt stdoutColumns() {
        return stdout && columns > 0 ? OptionalInt.of(columns) : OptionalInt.empty();
    }
}
