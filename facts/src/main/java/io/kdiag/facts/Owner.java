package io.kdiag.facts;

/**
 * One owner reference of an object ({@code metadata.ownerReferences[]}).
 *
 * @param kind the owner's kind, for example {@code StatefulSet} or {@code ReplicaSet}
 * @param name the owner's name (same namespace as the owned object)
 * @param controller whether this owner is the managing controller
 */
public record Owner(String kind, String name, boolean controller) {
}
