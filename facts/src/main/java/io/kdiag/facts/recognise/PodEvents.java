package io.kdiag.facts.recognise;

import io.kdiag.facts.Event;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads one wording in the message of an event about a pod, the object most signals concern. */
final class PodEvents {

    private PodEvents() {
    }

    /** The first match of the wording in the event's message, if the event is about a pod. */
    static Optional<Matcher> match(Event event, Pattern wording) {
        if (!"Pod".equals(event.involved().kind())) {
            return Optional.empty();
        }
        Matcher m = wording.matcher(event.message());
        return m.find() ? Optional.of(m) : Optional.empty();
    }
}
