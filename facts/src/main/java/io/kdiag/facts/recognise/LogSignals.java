package io.kdiag.facts.recognise;

import io.kdiag.facts.LogLine;
import java.util.ArrayList;
import java.util.List;

/**
 * Recognises the signals in log lines of CSI sidecars, CSI drivers, kube-controller-manager and
 * kubelets. Each signal keeps the line as its evidence, and the line's pod (or its log file) as
 * its subject.
 */
public final class LogSignals {

    private LogSignals() {
    }

    /** Every signal the line carries. */
    public static List<Object> recognise(LogLine line) {
        List<Object> signals = new ArrayList<>(1);
        CsiErrors.inLog(line).ifPresent(signals::add);
        AttachDetachLog.forceDetach(line).ifPresent(signals::add);
        AttachDetachLog.multiAttach(line).ifPresent(signals::add);
        PreStopHookSignals.fromLogLine(line).ifPresent(signals::add);
        VolumeMountTimeouts.fromLogLine(line).ifPresent(signals::add);
        ResizeSignals.rejected(line).ifPresent(signals::add);
        return signals;
    }
}
