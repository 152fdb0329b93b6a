/**
 * What rules conclude: links of a diagnosis chain, candidate diagnoses and the certainty each
 * piece of evidence adds.
 *
 * <p>A playbook reads like a chain from symptom to root cause. Each link is an intermediate
 * fact the playbook declares and inserts logically, carrying a {@link io.kdiag.facts.chain.Link}:
 * the link's id (its words live in the playbook's content file), the values those words name,
 * and its evidence. The last rule of a chain inserts a {@link io.kdiag.facts.chain.Candidate};
 * other rules may add {@link io.kdiag.facts.chain.Support} for or against it. Because everything
 * is inserted logically, a conclusion disappears when its evidence does.
 */
package io.kdiag.facts.chain;
