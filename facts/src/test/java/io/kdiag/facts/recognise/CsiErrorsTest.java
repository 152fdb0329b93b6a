package io.kdiag.facts.recognise;

import static org.assertj.core.api.Assertions.assertThat;

import io.kdiag.facts.Event;
import io.kdiag.facts.LogLine;
import io.kdiag.facts.ObjectRef;
import io.kdiag.facts.signal.CsiError;
import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CsiErrorsTest {

    private static final ObjectRef CLAIM = new ObjectRef("PersistentVolumeClaim", "media", "data-sonarr-0");
    private static final ObjectRef POD = new ObjectRef("Pod", "media", "sonarr-0");
    private static final Instant AT = Instant.parse("2025-11-03T19:40:01Z");

    private static Event event(String reason, String message, ObjectRef involved) {
        return new Event(involved.namespace(), "e1", "Warning", reason, message, involved, 3, AT, AT,
                "attachdetach-controller", "events.yaml:12");
    }

    static Stream<Arguments> eventWordings() {
        return Stream.of(
                Arguments.of("ProvisioningFailed",
                        "failed to provision volume with StorageClass \"csi-rbd-sc\": rpc error: code = DeadlineExceeded desc = context deadline exceeded",
                        "provision", "DeadlineExceeded", "context deadline exceeded", ""),
                Arguments.of("ProvisioningFailed",
                        "failed to provision volume with StorageClass \"csi-rbd-sc\": rpc error: code = Aborted desc = an operation with the given Volume ID pvc-45417194-8792-4e0f-86c6-8d1af802d558 already exists",
                        "provision", "Aborted",
                        "an operation with the given Volume ID pvc-45417194-8792-4e0f-86c6-8d1af802d558 already exists",
                        "pvc-45417194-8792-4e0f-86c6-8d1af802d558"),
                Arguments.of("SnapshotCreationFailed",
                        "Failed to create snapshot: failed to take snapshot of the volume, pvc-78cac62e-be0e-42d4-9eb0-9709eaac95af: \"rpc error: code = DeadlineExceeded desc = context deadline exceeded\"",
                        "snapshot", "DeadlineExceeded", "context deadline exceeded",
                        "pvc-78cac62e-be0e-42d4-9eb0-9709eaac95af"),
                Arguments.of("FailedAttachVolume",
                        "AttachVolume.Attach failed for volume \"pvc-xxx-xxx-xxx\" : rpc error: code = NotFound desc = Could not find disk Key{\"pvc-xxx-xxx-xxx\", zone: \"northamerica-xxx\"}: googleapi: Error 404: The resource 'projects/xxx-xxx-xxx' was not found, notFound",
                        "attach", "NotFound",
                        "Could not find disk Key{\"pvc-xxx-xxx-xxx\", zone: \"northamerica-xxx\"}: googleapi: Error 404: The resource 'projects/xxx-xxx-xxx' was not found, notFound",
                        "pvc-xxx-xxx-xxx"),
                Arguments.of("FailedAttachVolume",
                        "rpc error: code = NotFound desc = [ControllerPublishVolume] Volume c747bd14-7d23-4616-b796-0958a0e16dad not found",
                        "attach", "NotFound",
                        "[ControllerPublishVolume] Volume c747bd14-7d23-4616-b796-0958a0e16dad not found",
                        "c747bd14-7d23-4616-b796-0958a0e16dad"),
                Arguments.of("FailedAttachVolume",
                        "AttachVolume.Attach failed for volume \"pvc-5ce576eb-9dc3-4223-bdc5-96fe820f36c2\" : rpc error: code = Internal desc = ControllerPublishVolume failed",
                        "attach", "Internal", "ControllerPublishVolume failed", "pvc-5ce576eb-9dc3-4223-bdc5-96fe820f36c2"),
                Arguments.of("FailedMount",
                        "MountVolume.MountDevice failed for volume \"pvc-15715c91-3e52-4b47-88dd-8fda2c868ae7\" : rpc error: code = Internal desc = error generating volume 0001-0009-rook-ceph-0000000000000002-3f2a: rados: ret=-108, Cannot send after transport endpoint shutdown",
                        "mount", "Internal",
                        "error generating volume 0001-0009-rook-ceph-0000000000000002-3f2a: rados: ret=-108, Cannot send after transport endpoint shutdown",
                        "0001-0009-rook-ceph-0000000000000002-3f2a"),
                Arguments.of("FailedMount",
                        "MountVolume.SetUp failed for volume \"pvc-1\" : rpc error: code = Unavailable desc = connection error",
                        "mount", "Unavailable", "connection error", "pvc-1"),
                Arguments.of("FailedUnMount",
                        "UnmountVolume.TearDown failed for volume \"pvc-1\" : rpc error: code = Internal desc = device busy",
                        "unmount", "Internal", "device busy", "pvc-1"),
                Arguments.of("FailedDetachVolume",
                        "DetachVolume.Detach failed for volume \"pvc-2\" : rpc error: code = Internal desc = ControllerUnpublishVolume timed out",
                        "detach", "Internal", "ControllerUnpublishVolume timed out", "pvc-2"),
                Arguments.of("VolumeFailedDelete",
                        "rpc error: code = FailedPrecondition desc = DeleteVolume: volume is still attached",
                        "delete", "FailedPrecondition", "DeleteVolume: volume is still attached", ""),
                Arguments.of("Unrelated",
                        "something: rpc error: code = Unknown desc = boom", "unknown", "Unknown", "boom", ""));
    }

    @ParameterizedTest(name = "{0}: {2} {3}")
    @MethodSource("eventWordings")
    void recognisesEveryEventWording(String reason, String message, String operation, String code,
            String description, String volumeId) {
        CsiError error = CsiErrors.inEvent(event(reason, message, CLAIM)).orElseThrow();

        assertThat(error.operation()).isEqualTo(operation);
        assertThat(error.code()).isEqualTo(code);
        assertThat(error.description()).isEqualTo(description);
        assertThat(error.volumeId()).isEqualTo(volumeId);
        assertThat(error.subject()).isEqualTo(CLAIM);
        assertThat(error.time()).isEqualTo(AT);
        assertThat(error.evidence().source()).isEqualTo("events.yaml:12");
        assertThat(error.evidence().text()).isEqualTo(reason + ": " + message);
    }

    static Stream<Arguments> logWordings() {
        return Stream.of(
                Arguments.of("error syncing claim \"45417194-8792-4e0f-86c6-8d1af802d558\": failed to provision volume with StorageClass \"csi-rbd-sc\": rpc error: code = DeadlineExceeded desc = context deadline exceeded",
                        "provision", "DeadlineExceeded", "45417194-8792-4e0f-86c6-8d1af802d558"),
                Arguments.of("Event(v1.ObjectReference{Kind:\"PersistentVolumeClaim\", Namespace:\"default\", Name:\"rbd-pvc\", UID:\"45417194-8792-4e0f-86c6-8d1af802d558\", APIVersion:\"v1\", ResourceVersion:\"1327\", FieldPath:\"\"}): type: 'Warning' reason: 'ProvisioningFailed' failed to provision volume with StorageClass \"csi-rbd-sc\": rpc error: code = DeadlineExceeded desc = context deadline exceeded",
                        "provision", "DeadlineExceeded", ""),
                Arguments.of("createSnapshot for content [snapcontent-36d402f8-c2f2-460d-8fe3-4f10f6dd941e]: error occurred in createSnapshotWrapper: failed to take snapshot of the volume, pvc-78cac62e-be0e-42d4-9eb0-9709eaac95af: \"rpc error: code = DeadlineExceeded desc = context deadline exceeded\"",
                        "snapshot", "DeadlineExceeded", "pvc-78cac62e-be0e-42d4-9eb0-9709eaac95af"),
                Arguments.of("GRPC error: rpc error: code = Aborted desc = an operation with the given Volume ID pvc-0a1b2c3d already exists",
                        "unknown", "Aborted", "pvc-0a1b2c3d"),
                Arguments.of("\"Failed to provision volume\" claim=\"media/vs-prime-1\" err=\"rpc error: code = Aborted desc = an operation with the given Volume ID \\\"pvc-9\\\" already exists\" attempt=4",
                        "provision", "Aborted", "pvc-9"));
    }

    @ParameterizedTest(name = "{1} {2}")
    @MethodSource("logWordings")
    void recognisesEveryLogWording(String text, String operation, String code, String volumeId) {
        LogLine line = new LogLine(text, AT, "E", POD, "csi-provisioner", "provisioner.log:7");

        CsiError error = CsiErrors.inLog(line).orElseThrow();

        assertThat(error.operation()).isEqualTo(operation);
        assertThat(error.code()).isEqualTo(code);
        assertThat(error.volumeId()).isEqualTo(volumeId);
        assertThat(error.subject()).isEqualTo(POD);
        assertThat(error.evidence().object()).isEqualTo(POD);
        assertThat(error.evidence().source()).isEqualTo("provisioner.log:7");
    }

    @Test
    void aQuotedDescriptionEndsAtItsClosingQuoteAndIsUnescaped() {
        LogLine line = new LogLine("\"Failed to provision volume\" err=\"rpc error: code = Aborted desc = an operation "
                + "with the given Volume ID \\\"pvc-9\\\" already exists\" attempt=4", AT, "E", null, "", "p.log:3");

        CsiError error = CsiErrors.inLog(line).orElseThrow();

        assertThat(error.description()).isEqualTo("an operation with the given Volume ID \"pvc-9\" already exists");
        assertThat(error.isOperationLock()).isTrue();
        assertThat(error.subject()).isEqualTo(ObjectRef.cluster("LogFile", "p.log"));
    }

    @Test
    void aLineFromAPlainLogFileConcernsTheFile() {
        LogLine line = new LogLine("rpc error: code = DeadlineExceeded desc = context deadline exceeded", null, "",
                null, "", "logs/provisioner.log:41");

        CsiError error = CsiErrors.inLog(line).orElseThrow();

        assertThat(error.subject()).isEqualTo(ObjectRef.cluster("LogFile", "logs/provisioner.log"));
        assertThat(error.time()).isNull();
        assertThat(error.isTimeout()).isTrue();
    }

    @Test
    void messagesWithoutAGrpcErrorYieldNothing() {
        assertThat(CsiErrors.inEvent(event("FailedAttachVolume",
                "Multi-Attach error for volume \"pvc-xxx\" Volume is already exclusively attached to one node and can't be attached to another",
                POD))).isEmpty();
        assertThat(CsiErrors.inEvent(event("ProvisioningFailed",
                "failed to provision volume with StorageClass \"x\": error getting claim reference: claim UID mismatch",
                CLAIM))).isEmpty();
    }

    @Test
    void eventSignalsIncludeTheCsiError() {
        Event event = event("ProvisioningFailed",
                "failed to provision volume with StorageClass \"rook-cephfs\": rpc error: code = DeadlineExceeded desc = context deadline exceeded",
                CLAIM);

        assertThat(EventSignals.recognise(event)).singleElement().isInstanceOfSatisfying(CsiError.class,
                e -> assertThat(e.operation()).isEqualTo("provision"));
    }
}
