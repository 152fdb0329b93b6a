/**
 * Signals: what event messages and log lines say, offered to the rules as typed facts, so that a
 * playbook matches the meaning of the evidence and not one wording of it. Each signal keeps the
 * {@link io.kdiag.facts.Evidence} it was read from. The loader recognises them once, with
 * recognisers that are not part of this API.
 */
package io.kdiag.facts.signal;
