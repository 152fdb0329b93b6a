package io.kdiag.facts.snapshot;

/**
 * Bounds on what one input document may cost to parse. They are set on purpose: Kubernetes
 * List documents from big clusters are far larger than YAML parsers accept by default, while
 * alias bombs and absurd nesting must be refused before they cost memory or stack.
 *
 * @param maxDocumentChars the largest single YAML document, in characters
 * @param maxNestingDepth the deepest nesting of maps and lists
 * @param maxAliases the most aliases a YAML document may use
 * @param maxStringChars the longest single string value
 */
public record ParseLimits(int maxDocumentChars, int maxNestingDepth, int maxAliases, int maxStringChars) {

    /** 256 Mi characters a document, depth 200, 50 aliases, 16 Mi characters a string. */
    public static final ParseLimits DEFAULT = new ParseLimits(256 << 20, 200, 50, 16 << 20);
}
