package io.kdiag.facts.snapshot;

/** A snapshot could not be read at all, for example because a given path does not exist. */
public class SnapshotException extends Exception {

    /** A failure described in one line, naming the path. */
    public SnapshotException(String message) {
        super(message);
    }
}
