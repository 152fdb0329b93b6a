package io.kdiag.facts.snapshot;

import io.fabric8.kubernetes.api.model.MicroTime;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.ObjectReference;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
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
    public KubeObject map(RawObject raw, KubernetesSerialization serialization) {
        return raw.apiVersion().startsWith("events.k8s.io/") ? mapEventsApi(raw, serialization) : mapCore(raw, serialization);
    }

    private static Event mapCore(RawObject raw, KubernetesSerialization serialization) {
        var e = serialization.convertValue(raw.tree(), io.fabric8.kubernetes.api.model.Event.class);
        ObjectMeta meta = e.getMetadata();
        Instant eventTime = micro(e.getEventTime());
        Instant seriesLast = e.getSeries() == null ? null : micro(e.getSeries().getLastObservedTime());
        Instant first = first(Meta.instant(e.getFirstTimestamp()), eventTime, Meta.instant(meta.getCreationTimestamp()));
        Instant last = first(seriesLast, Meta.instant(e.getLastTimestamp()), eventTime, first);
        int count = e.getCount() != null ? e.getCount()
                : e.getSeries() != null && e.getSeries().getCount() != null ? e.getSeries().getCount() : 1;
        String component = e.getSource() != null && e.getSource().getComponent() != null
                ? e.getSource().getComponent() : Meta.text(e.getReportingComponent());
        return new Event(Meta.text(meta.getNamespace()), meta.getName(), Meta.text(e.getType()),
                Meta.text(e.getReason()), message(e.getMessage()), involved(e.getInvolvedObject(), meta),
                count, first, last, component, raw.source());
    }

    private static Event mapEventsApi(RawObject raw, KubernetesSerialization serialization) {
        var e = serialization.convertValue(raw.tree(), io.fabric8.kubernetes.api.model.events.v1.Event.class);
        ObjectMeta meta = e.getMetadata();
        Instant eventTime = micro(e.getEventTime());
        Instant seriesLast = e.getSeries() == null ? null : micro(e.getSeries().getLastObservedTime());
        Instant first = first(Meta.instant(e.getDeprecatedFirstTimestamp()), eventTime,
                Meta.instant(meta.getCreationTimestamp()));
        Instant last = first(seriesLast, Meta.instant(e.getDeprecatedLastTimestamp()), eventTime, first);
        int count = e.getSeries() != null && e.getSeries().getCount() != null ? e.getSeries().getCount()
                : e.getDeprecatedCount() != null ? e.getDeprecatedCount() : 1;
        return new Event(Meta.text(meta.getNamespace()), meta.getName(), Meta.text(e.getType()),
                Meta.text(e.getReason()), message(e.getNote()), involved(e.getRegarding(), meta),
                count, first, last, Meta.text(e.getReportingController()), raw.source());
    }

    private static ObjectRef involved(ObjectReference ref, ObjectMeta meta) {
        if (ref == null || ref.getKind() == null || ref.getName() == null) {
            return new ObjectRef("Unknown", meta.getNamespace(), "");
        }
        return new ObjectRef(ref.getKind(), ref.getNamespace(), ref.getName());
    }

    private static String message(String message) {
        String text = Meta.text(message).strip();
        return text.startsWith(COMBINED) ? text.substring(COMBINED.length()) : text;
    }

    private static Instant micro(MicroTime time) {
        return time == null ? null : Meta.instant(time.getTime());
    }

    private static Instant first(Instant... candidates) {
        for (Instant candidate : candidates) {
            if (candidate != null) {
                return candidate;
            }
        }
        return null;
    }
}
