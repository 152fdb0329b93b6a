package io.kdiag.facts.chain;

import io.kdiag.facts.ObjectRef;

/**
 * A workload that an object a candidate diagnosis harms brings down with it: the workload that
 * owns a harmed pod (a ReplicaSet's Deployment rather than the ReplicaSet), or a harmed workload
 * itself. The shared rules ({@code affected-workloads.drl}) insert it logically for every
 * candidate, whichever playbook concluded it; the engine's ranking step reads it to list the
 * workload among the affected objects and to raise the diagnosis' severity when the workload is
 * fully down.
 *
 * @param object the harmed object a candidate names (a pod, or the workload itself)
 * @param workload the workload it harms
 * @param fullyDown whether that workload wants pods and has none ready
 */
public record AffectedWorkload(ObjectRef object, ObjectRef workload, boolean fullyDown) {
}
