package io.kdiag.facts.snapshot;

/**
 * Bounds on what one input object may cost to parse. Files and {@code List} documents are read
 * as streams and have no size bound of their own: a List of any size costs the memory of its
 * largest item. What stays bounded is one object, so that a hostile or broken file cannot
 * exhaust the heap: alias bombs and absurd nesting are refused before they cost memory or
 * stack. Each refusal is a warning naming the file and line and the bound it passed.
 *
 * @param maxObjectChars the largest single object (one List item, or one top-level object), in
 *     characters of its text; the API server stores no object over 1.5 MiB, so the default
 *     leaves a wide margin
 * @param maxNestingDepth the deepest nesting of maps and lists
 * @param maxAliases the most aliases a YAML document may use
 * @param maxStringChars the longest single string value, and the longest YAML line
 */
public record ParseLimits(int maxObjectChars, int maxNestingDepth, int maxAliases, int maxStringChars) {

    /** 64 Mi characters an object, depth 200, 50 aliases, 16 Mi characters a string. */
    public static final ParseLimits DEFAULT = new ParseLimits(64 << 20, 200, 50, 16 << 20);
}
