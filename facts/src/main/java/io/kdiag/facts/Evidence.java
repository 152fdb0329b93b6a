package io.kdiag.facts;

import java.util.Objects;

/**
 * One piece of evidence behind a link of a diagnosis chain: an object or a log line, the text
 * that shows the problem, and where it was read.
 *
 * @param object the object the evidence is (an Event, a VolumeAttachment, ...) or comes from
 *     (the pod whose log holds the line); for a plain log file the kind is {@code LogFile}
 * @param text what the evidence says, for example an event message or a log line
 * @param source where it was read, as {@code file:line}
 */
public record Evidence(ObjectRef object, String text, String source) {

    /** Requires all three parts. */
    public Evidence {
        Objects.requireNonNull(object, "object");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(source, "source");
    }

    /** Evidence that is an event: its message, read where the event was read. */
    public static Evidence of(Event event) {
        return new Evidence(event.ref(), event.reason() + ": " + event.message(), event.source());
    }

    /** Evidence that is a log line: its text, from its pod or its log file, read at its line. */
    public static Evidence of(LogLine line) {
        return new Evidence(line.origin(), line.text(), line.source());
    }

    /** Evidence that is an object's state, described in words. */
    public static Evidence of(KubeObject object, String text) {
        return new Evidence(object.ref(), text, object.source());
    }
}
