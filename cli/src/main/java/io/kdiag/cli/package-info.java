/**
 * The {@code kdiag} command: flags, exit codes and terminal output over the
 * {@link io.kdiag.engine.Kdiag} library. No diagnosis logic lives here.
 */
package io.kdiag.cli;
