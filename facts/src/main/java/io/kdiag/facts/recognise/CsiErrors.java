package io.kdiag.facts.recognise;

import io.kdiag.facts.Event;
import io.kdiag.facts.Evidence;
import io.kdiag.facts.LogLine;
import io.kdiag.facts.ObjectRef;
import io.kdiag.facts.VolumeAttachment;
import io.kdiag.facts.signal.CsiError;
import java.time.Instant;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises a gRPC error returned by a CSI driver ({@code rpc error: code = <Code> desc = <desc>})
 * in an event message or a log line, and says which operation failed and on which volume.
 *
 * <p>The error may stand bare at the end of the text, or quoted
 * ({@code failed to take snapshot of the volume, pvc-...: "rpc error: code = DeadlineExceeded desc = ..."},
 * {@code err="rpc error: ..."} in structured logs): a quoted description ends at its closing
 * quote, and escaped quotes inside it are unescaped. The operation is named by the words before
 * the error, else by the description itself ({@code desc = [ControllerPublishVolume] Volume ...}).
 */
public final class CsiErrors {

    private static final Pattern RPC_ERROR = Pattern.compile("rpc error: code = (\\w+) desc = ");

    private CsiErrors() {
    }

    /** The CSI error an event reports, if it reports one; its subject is the event's involved object. */
    static Optional<CsiError> inEvent(Event event) {
        return find(event.reason() + ": " + event.message(), event.involved(), event.time(), Evidence.of(event));
    }

    /**
     * The CSI error a log line reports, if it reports one; its subject is the pod whose log
     * holds the line, or the log file itself.
     */
    static Optional<CsiError> inLog(LogLine line) {
        return find(line.text(), line.origin(), line.time(), Evidence.of(line));
    }

    /**
     * The CSI error a VolumeAttachment's {@code status.attachError.message} reports, if it reports
     * one; its subject is the attachment, its operation an {@code attach}, its time unknown (the
     * fact keeps only the message).
     */
    public static Optional<CsiError> inAttachError(VolumeAttachment attachment) {
        if (attachment.attachError().isEmpty()) {
            return Optional.empty();
        }
        return find("AttachVolume.Attach failed for volume \"" + attachment.persistentVolumeName() + "\" : "
                        + attachment.attachError(), attachment.ref(), null,
                Evidence.of(attachment, "status.attachError.message: " + attachment.attachError()));
    }

    private static Optional<CsiError> find(String text, ObjectRef subject, Instant time, Evidence evidence) {
        Matcher m = RPC_ERROR.matcher(text);
        if (!m.find()) {
            return Optional.empty();
        }
        boolean quoted = m.start() > 0 && text.charAt(m.start() - 1) == '"';
        String description = description(text.substring(m.end()), quoted);
        String context = text.substring(0, m.start());
        String operation = CsiOperations.of(context);
        if ("unknown".equals(operation)) {
            operation = CsiOperations.of(description);
        }
        MissingObjects.Finding missing = MissingObjects.in(description, m.group(1), operation);
        return Optional.of(new CsiError(operation, m.group(1), description,
                NamedVolumes.in(description + " " + context), missing(missing.missing()), missing.id(),
                subject, time, evidence));
    }

    private static String missing(MissingObjects.Missing missing) {
        return switch (missing) {
            case VOLUME -> CsiError.MISSING_VOLUME;
            case NODE -> CsiError.MISSING_NODE;
            case NONE -> "";
        };
    }

    /** The description: up to the closing quote when the error is quoted, else to the end. */
    private static String description(String rest, boolean quoted) {
        if (!quoted) {
            return rest.strip();
        }
        StringBuilder out = new StringBuilder(rest.length());
        for (int i = 0; i < rest.length(); i++) {
            char c = rest.charAt(i);
            if (c == '\\' && i + 1 < rest.length()) {
                out.append(rest.charAt(++i));
            } else if (c == '"') {
                break;
            } else {
                out.append(c);
            }
        }
        return out.toString().strip();
    }
}
