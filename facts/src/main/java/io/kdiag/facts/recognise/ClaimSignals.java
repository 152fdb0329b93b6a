package io.kdiag.facts.recognise;

import io.kdiag.facts.Event;
import io.kdiag.facts.Evidence;
import io.kdiag.facts.signal.ExternalProvisioningWait;
import io.kdiag.facts.signal.NoStorageClassSet;
import io.kdiag.facts.signal.ProvisionerActivity;
import io.kdiag.facts.signal.StorageClassNotFound;
import io.kdiag.facts.signal.VolumeBoundToOtherClaim;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises what the PersistentVolume controller and external provisioners say about a claim in
 * its events: waiting for a provisioner, a missing class, a volume bound to another claim, a
 * provisioner at work.
 */
final class ClaimSignals {

    private static final Pattern EXTERNAL_PROVISIONING = Pattern.compile(
            "waiting for a volume to be created,? either by (?:the )?external provisioner [\"']([^\"']+)[\"']",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CLASS_NOT_FOUND =
            Pattern.compile("storageclass\\.storage\\.k8s\\.io \"([^\"]+)\" not found");
    private static final Pattern NO_CLASS_SET =
            Pattern.compile("no persistent volumes available for this claim and no storage class is set");
    private static final Pattern BOUND_TO_OTHER_CLAIM =
            Pattern.compile("volume \"([^\"]+)\" already bound to a different claim");
    private static final Pattern PROVISIONER_IDENTITY = Pattern.compile(
            "(\\S+?)[_ ]([a-z0-9][a-z0-9.-]*)[_ ][0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private ClaimSignals() {
    }

    /** Every claim signal the event carries; none unless the event is about a PersistentVolumeClaim. */
    static List<Object> recognise(Event event) {
        List<Object> signals = new ArrayList<>(1);
        if (!"PersistentVolumeClaim".equals(event.involved().kind())) {
            return signals;
        }
        String message = event.message();
        Matcher m = EXTERNAL_PROVISIONING.matcher(message);
        if (m.find()) {
            signals.add(new ExternalProvisioningWait(event.involved(), m.group(1), event.count(), event.time(),
                    Evidence.of(event)));
        }
        m = CLASS_NOT_FOUND.matcher(message);
        if (m.find()) {
            signals.add(new StorageClassNotFound(event.involved(), m.group(1), event.count(), event.time(),
                    Evidence.of(event)));
        }
        if (NO_CLASS_SET.matcher(message).find()) {
            signals.add(new NoStorageClassSet(event.involved(), event.count(), event.time(), Evidence.of(event)));
        }
        m = BOUND_TO_OTHER_CLAIM.matcher(message);
        if (m.find()) {
            signals.add(new VolumeBoundToOtherClaim(event.involved(), m.group(1), event.count(), event.time(),
                    Evidence.of(event)));
        }
        m = PROVISIONER_IDENTITY.matcher(event.component());
        if (m.matches()) {
            signals.add(new ProvisionerActivity(m.group(1), m.group(2), event.involved(), event.reason(), event.time(),
                    Evidence.of(event)));
        }
        return signals;
    }
}
