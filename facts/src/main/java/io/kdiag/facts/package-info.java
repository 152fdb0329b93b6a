/**
 * The fact model that kdiag rules match.
 *
 * <p>Every type here is an immutable Java record built from one Kubernetes object (or one log
 * line) of a cluster snapshot. Records keep only the fields that playbooks need, already typed:
 * timestamps as {@link java.time.Instant}, conditions and taints as values, owner references and
 * claim names as lists. Each fact carries its {@code source}: where in the snapshot it was read,
 * as {@code file:line}.
 *
 * <p>Rule authors match these types directly in DRL, for example
 * {@code Pod(phase == "Pending", claimNames contains $claim)}. The reference of every type and
 * field is in {@code docs/fact-model.md}.
 */
package io.kdiag.facts;
