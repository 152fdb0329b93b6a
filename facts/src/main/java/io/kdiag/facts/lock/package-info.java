/**
 * Typed helpers for the CSI operation-lock playbook: recognising the external-provisioner and
 * the components that report for a driver, and gathering the lock's links, evidence and plan
 * values, so that its rules read as the chain they trace.
 *
 * <p>Each class has one job: {@link io.kdiag.facts.lock.ExternalProvisioner} finds the sidecar in
 * a pod, {@link io.kdiag.facts.lock.ReportingComponent} reads an event's reporting component,
 * {@link io.kdiag.facts.lock.ErrorSpan} keeps the first and the last of a run of errors,
 * {@link io.kdiag.facts.lock.LinkGroup} gathers the links of one step of the chain,
 * {@link io.kdiag.facts.lock.ProvisionerUptime} measures how long the provisioner's pods have run,
 * {@link io.kdiag.facts.lock.LockedObjects} and {@link io.kdiag.facts.lock.OrphanedSnapshots} hold
 * what a diagnosis names, and {@link io.kdiag.facts.lock.ObjectNames} writes their names as plans
 * need them. The rules bind every value a plan names themselves ({@code .with("name", ...)}),
 * so that the content checks see each one.
 */
package io.kdiag.facts.lock;
