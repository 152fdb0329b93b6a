package io.kdiag.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.OptionalInt;
import org.jline.terminal.spi.SystemStream;
import org.jline.terminal.spi.TerminalProvider;

/**
 * What kdiag knows of the terminal: whether stdout and stderr each are one (asked of each
 * stream itself, not of {@code System.console()}, which needs stdin too), and stdout's width.
 * Tests pass a fake.
 */
interface Terminal {

    /** Whether stdout is a terminal. */
    boolean stdoutIsTerminal();

    /** Whether stderr is a terminal. */
    boolean stderrIsTerminal();

    /** Stdout's width in columns, when it is a terminal that says. */
    OptionalInt stdoutColumns();

    /** The process's own streams, asked through JLine's {@code exec} provider ({@code test -t}, {@code stty}). */
    static Terminal system() {
        TerminalProvider provider;
        try {
            provider = TerminalProvider.load("exec");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load JLine's exec terminal provider", e);
        }
        return new Terminal() {
            @Override
            public boolean stdoutIsTerminal() {
                return provider.isSystemStream(SystemStream.Output);
            }

            @Override
            public boolean stderrIsTerminal() {
                return provider.isSystemStream(SystemStream.Error);
            }

            @Override
            public OptionalInt stdoutColumns() {
                if (!stdoutIsTerminal()) {
                    return OptionalInt.empty();
                }
                int width = provider.systemStreamWidth(SystemStream.Output);
                return width > 0 ? OptionalInt.of(width) : OptionalInt.empty();
            }
        };
    }
}
