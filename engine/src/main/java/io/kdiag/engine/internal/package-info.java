/**
 * kdiag's internals: playbook loading, the knowledge base, sessions, ranking and plans. Nothing
 * here is API; it may change in any release. Use {@link io.kdiag.engine.Kdiag}.
 */
package io.kdiag.engine.internal;
