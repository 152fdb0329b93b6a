package io.kdiag.facts.snapshot;

import static io.kdiag.facts.snapshot.TreeFields.instant;
import static io.kdiag.facts.snapshot.TreeFields.integer;
import static io.kdiag.facts.snapshot.TreeFields.nullableText;
import static io.kdiag.facts.snapshot.TreeFields.text;

import com.fasterxml.jackson.databind.JsonNode;
import io.kdiag.facts.Event;
import io.kdiag.facts.KubeObject;
import io.kdiag.facts.ObjectRef;
import java.time.Instant;

/**
 * Maps a {@code v1} or an {@code events.k8s.io/v1} Event to the {@link Event} fact. Both carry
 * the same meaning under different field names; newer clusters fill only {@code eventTime} and
 * {@code series}, older ones only the first and last timestamps.
 */
final class EventMapper implements KindMapper {

    private static final String COMBINED = "(combined from similar events): ";

    @Override
    public KubeObject map(RawObject raw) {
        return raw.apiVersion().startsWith("events.k8s.io/") ? mapEventsApi(raw) : mapCore(raw);
    }

    private static Event mapCore(RawObject raw) {
        JsonNode e = raw.tree();
        Instant eventTime = instant(e, "eventTime");
        Instant first = first(instant(e, "firstTimestamp"), eventTime, instant(e, "metadata", "creationTimestamp"));
        Instant last = first(instant(e, "series", "lastObservedTime"), instant(e, "lastTimestamp"), eventTime, first);
        Integer count = first(integer(e, "count"), integer(e, "series", "count"), 1);
        String component = first(nullableText(e, "source", "component"), text(e, "reportingComponent"));
        return new Event(text(e, "metadata", "namespace"), text(e, "metadata", "name"), text(e, "type"),
                text(e, "reason"), message(text(e, "message")), involved(e, "involvedObject"),
                count, first, last, component, raw.source());
    }

    private static Event mapEventsApi(RawObject raw) {
        JsonNode e = raw.tree();
        Instant eventTime = instant(e, "eventTime");
        Instant first = first(instant(e, "deprecatedFirstTimestamp"), eventTime,
                instant(e, "metadata", "creationTimestamp"));
        Instant last = first(instant(e, "series", "lastObservedTime"), instant(e, "deprecatedLastTimestamp"),
                eventTime, first);
        Integer count = first(integer(e, "series", "count"), integer(e, "deprecatedCount"), 1);
        return new Event(text(e, "metadata", "namespace"), text(e, "metadata", "name"), text(e, "type"),
                text(e, "reason"), message(text(e, "note")), involved(e, "regarding"),
                count, first, last, text(e, "reportingController"), raw.source());
    }

    /** The object an event is about, or an {@code Unknown} in the event's namespace when it lacks a kind or a name. */
    private static ObjectRef involved(JsonNode event, String field) {
        String kind = nullableText(event, field, "kind");
        String name = nullableText(event, field, "name");
        if (kind == null || name == null) {
            return new ObjectRef("Unknown", nullableText(event, "metadata", "namespace"), "");
        }
        return new ObjectRef(kind, nullableText(event, field, "namespace"), name);
    }

    private static String message(String message) {
        String text = message.strip();
        return text.startsWith(COMBINED) ? text.substring(COMBINED.length()) : text;
    }

    @SafeVarargs
    private static <T> T first(T... candidates) {
        for (T candidate : candidates) {
            if (candidate != null) {
                return candidate;
            }
        }
        return null;
    }
}
