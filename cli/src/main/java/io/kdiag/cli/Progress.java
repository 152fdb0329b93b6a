package io.kdiag.cli;

import java.io.PrintWriter;
import me.tongfei.progressbar.DelegatingProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * A progress bar on stderr over the stages of a command (compiling playbooks, reading the
 * snapshot, analysing), drawn by the {@code progressbar} library, and only when stderr is a
 * terminal: stdout carries the report alone, and a pipe or a log file gets no bar.
 */
final class Progress implements AutoCloseable {

    private static final int WIDTH = 80;

    private final ProgressBar bar;
    private final PrintWriter err;

    /**
     * A bar of {@code stages} steps on {@code err} (a count-less bar when {@code stages} is 0), or
     * none when stderr is not a terminal.
     */
    Progress(PrintWriter err, Terminal terminal, int stages) {
        this.err = err;
        this.bar = terminal.stderrIsTerminal() ? new ProgressBarBuilder().setTaskName("kdiag")
                .setInitialMax(stages > 0 ? stages : -1).setStyle(ProgressBarStyle.ASCII).hideEta().clearDisplayOnFinish()
                .setConsumer(new DelegatingProgressBarConsumer(line -> {
                    err.print('\r' + line);
                    err.flush();
                }, WIDTH)).build() : null;
    }

    /** Names what happens now (a stage, or a step of a capture). */
    void say(String what) {
        if (bar != null) {
            bar.setExtraMessage(what);
            bar.refresh();
        }
    }

    /** The stage ends: the bar moves on. */
    void done() {
        if (bar != null) {
            bar.step();
        }
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
            err.print('\r' + " ".repeat(WIDTH) + '\r');
            err.flush();
        }
    }
}
