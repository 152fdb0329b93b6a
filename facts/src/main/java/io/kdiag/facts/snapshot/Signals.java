package io.kdiag.facts.snapshot;

import io.kdiag.facts.Event;
import io.kdiag.facts.LogLine;
import io.kdiag.facts.VolumeAttachment;
import io.kdiag.facts.recognise.CsiErrors;
import io.kdiag.facts.recognise.EventSignals;
import io.kdiag.facts.recognise.LogSignals;
import java.util.ArrayList;
import java.util.List;

/**
 * The last step of a load: recognises the signals in the facts kept, once each, after copies of
 * an object were reduced to one and log lines were dated. Each fact is followed by the signals
 * it carries: those of an event, of a log line, and a CSI error in an attachment's status.
 */
final class Signals {

    private Signals() {
    }

    /** The facts, each followed by the signals recognised in it. */
    static List<Object> recognised(List<Object> facts) {
        List<Object> all = new ArrayList<>(facts.size() + facts.size() / 4);
        for (Object fact : facts) {
            all.add(fact);
            if (fact instanceof Event event) {
                all.addAll(EventSignals.recognise(event));
            } else if (fact instanceof LogLine line) {
                all.addAll(LogSignals.recognise(line));
            } else if (fact instanceof VolumeAttachment attachment) {
                CsiErrors.inAttachError(attachment).ifPresent(all::add);
            }
        }
        return all;
    }
}
