package io.kdiag.engine.capture;

/**
 * A capture could not start or could not go on: the API server cannot be reached, the context
 * does not exist, or the credentials were refused. The message is one line that says which.
 */
public final class CaptureException extends Exception {

    private static final long serialVersionUID = 1L;

    /** An exception with a one-line message. */
    public CaptureException(String message) {
        super(message);
    }

    /** An exception with a one-line message and its cause. */
    public CaptureException(String message, Throwable cause) {
        super(message, cause);
    }
}
