package io.kdiag.facts.snapshot;

/**
 * Something in the input that could not be used, or a limit of what the snapshot shows.
 *
 * @param source where: {@code file:line} when the line is known, else the file or the layout
 * @param message what is wrong, in one line
 * @param unread whether input was left unread, or read only in part, because of it (a file not
 *     read, an object skipped, a List cut short); a report with such a warning says so first
 */
public record SnapshotWarning(String source, String message, boolean unread) {

    /** A warning that costs no input: a limit of the layout, duplicate copies of an object. */
    public SnapshotWarning(String source, String message) {
        this(source, message, false);
    }

    /** A warning about input that was not read, or read only in part. */
    public static SnapshotWarning unread(String source, String message) {
        return new SnapshotWarning(source, message, true);
    }
}
