package io.kdiag.facts.snapshot;

/**
 * Something in the input that could not be used, or a limit of what the snapshot shows.
 *
 * @param source where: {@code file:line} when the line is known, else the file or the layout
 * @param message what is wrong, in one line
 */
public record SnapshotWarning(String source, String message) {
}
