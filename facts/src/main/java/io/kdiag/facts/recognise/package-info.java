/**
 * The recognisers: they read event messages, log lines and attachment errors once, in Java, and
 * derive the typed signals of {@link io.kdiag.facts.signal} from them, accepting every wording
 * that Kubernetes versions and drivers are known to print. The loader runs them
 * ({@link io.kdiag.facts.recognise.EventSignals}, {@link io.kdiag.facts.recognise.LogSignals},
 * {@link io.kdiag.facts.recognise.CsiErrors}); the module does not export this package, so
 * playbooks match the signals and never depend on how they were recognised.
 */
package io.kdiag.facts.recognise;
