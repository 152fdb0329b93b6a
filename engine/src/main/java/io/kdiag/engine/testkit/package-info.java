/**
 * The playbook test kit: each case is a snapshot plus the answer kdiag must give for it, checked
 * by {@code kdiag rules test} and by an author's own JUnit tests through
 * {@link io.kdiag.engine.testkit.PlaybookTestKit}. The layout of a case and of its
 * {@code expect.yaml} is described in {@code docs/authoring.md}.
 */
package io.kdiag.engine.testkit;
