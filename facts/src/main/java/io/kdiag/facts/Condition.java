package io.kdiag.facts;

import java.time.Instant;

/**
 * One condition of an object's status ({@code status.conditions[]}), for example a claim's
 * {@code FileSystemResizePending}.
 *
 * @param type the condition's type
 * @param status {@code True}, {@code False} or {@code Unknown}
 * @param reason the reason, or {@code ""}
 * @param message the message, or {@code ""}
 * @param lastTransitionTime when the status last changed, or {@code null}
 */
public record Condition(String type, String status, String reason, String message, Instant lastTransitionTime) {

    /** Whether the condition holds (status {@code True}). */
    public boolean isTrue() {
        return "True".equals(status);
    }
}
