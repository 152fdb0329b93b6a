package io.kdiag.cli;

import io.kdiag.engine.Kdiag;
import io.kdiag.engine.RuleCompilationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * Compiles the playbooks on a thread of their own while the snapshot is read, so that the two
 * largest steps of a start share the machine's cores. {@link #kdiag()} waits for it and gives
 * the compile errors exactly as compiling in line would.
 */
final class BackgroundCompile {

    /** Compiles the playbooks a {@link RuleOptions} chooses. */
    @FunctionalInterface
    interface Compiler {
        Kdiag compile() throws RuleCompilationException;
    }

    private final CompletableFuture<Kdiag> compiled = new CompletableFuture<>();

    private BackgroundCompile(Compiler compiler) {
        Thread thread = new Thread(() -> {
            try {
                compiled.complete(compiler.compile());
            } catch (RuleCompilationException | RuntimeException | Error e) {
                compiled.completeExceptionally(e);
            }
        }, "kdiag-compile-playbooks");
        thread.setDaemon(true);
        thread.start();
    }

    /** Starts compiling. */
    static BackgroundCompile start(Compiler compiler) {
        return new BackgroundCompile(compiler);
    }

    /**
     * The compiled playbooks, once they are.
     *
     * @throws RuleCompilationException when a playbook does not compile
     */
    Kdiag kdiag() throws RuleCompilationException {
        try {
            return compiled.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while compiling the playbooks", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuleCompilationException compile) {
                throw compile;
            }
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw (Error) cause;
        }
    }
}
