package io.kdiag.facts;

import java.util.List;

/**
 * One requirement of a node selector term ({@code matchExpressions[]} or {@code matchFields[]}),
 * as a PersistentVolume's {@code spec.nodeAffinity} states which nodes may use it.
 *
 * @param key the node label the requirement reads, for example {@code topology.kubernetes.io/zone};
 *     for a field requirement the field, {@code metadata.name}
 * @param operator {@code In}, {@code NotIn}, {@code Exists}, {@code DoesNotExist}, {@code Gt} or {@code Lt}
 * @param values the values the operator compares with
 * @param field whether it is a field requirement ({@code matchFields}), compared with the node's
 *     name, rather than a label requirement
 */
public record NodeSelectorRequirement(String key, String operator, List<String> values, boolean field) {

    /** Copies the values so the fact stays immutable. */
    public NodeSelectorRequirement {
        values = List.copyOf(values);
    }

    /** Whether the node meets the requirement, as the scheduler decides it. */
    public boolean matches(Node node) {
        String value = field ? ("metadata.name".equals(key) ? node.name() : null) : node.labels().get(key);
        return switch (operator) {
            case "In" -> value != null && values.contains(value);
            case "NotIn" -> value == null || !values.contains(value);
            case "Exists" -> value != null;
            case "DoesNotExist" -> value == null;
            case "Gt" -> compares(value) == 1;
            case "Lt" -> compares(value) == -1;
            default -> false;
        };
    }

    /** Whether the requirement names the one node (or nodes) by hostname label or by name with {@code In}. */
    public boolean namesNodes() {
        return "In".equals(operator) && (field ? "metadata.name".equals(key) : "kubernetes.io/hostname".equals(key));
    }

    /** The requirement as {@code kubectl describe pv} prints it: {@code kubernetes.io/hostname in [worker-3]}. */
    public String describe() {
        String op = switch (operator) {
            case "In" -> "in";
            case "NotIn" -> "notin";
            case "Exists" -> "exists";
            case "DoesNotExist" -> "does not exist";
            case "Gt" -> ">";
            case "Lt" -> "<";
            default -> operator;
        };
        return values.isEmpty() ? key + " " + op : key + " " + op + " [" + String.join(", ", values) + "]";
    }

    /** -1, 0 or 1 as the label value is below, at or above the requirement's one value; 2 when either is no integer. */
    private int compares(String value) {
        if (value == null || values.size() != 1) {
            return 2;
        }
        try {
            return Long.compare(Long.parseLong(value), Long.parseLong(values.get(0)));
        } catch (NumberFormatException e) {
            return 2;
        }
    }
}
