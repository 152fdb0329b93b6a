package io.kdiag.facts.recognise;

import static org.assertj.core.api.Assertions.assertThat;

import io.kdiag.facts.ObjectRef;
import io.kdiag.facts.VolumeAttachment;
import io.kdiag.facts.signal.CsiError;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CsiAttachErrorTest {

    private static VolumeAttachment attachment(String attachError) {
        return new VolumeAttachment("csi-3b1f", "cinder.csi.openstack.org", "pvc-8d6c1f4e-2b3a-4c5d-8e7f-9a0b1c2d3e4f",
                "knode20", false, attachError, "", List.of("external-attacher/cinder-csi-openstack-org"), null, null,
                "cluster.yaml:470");
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '#', value = {
        "rpc error: code = NotFound desc = [ControllerPublishVolume] Volume c747bd14-7d23-4616-b796-0958a0e16dad not found"
                + " # NotFound # c747bd14-7d23-4616-b796-0958a0e16dad",
        "rpc error: code = NotFound desc = Could not find disk Key{\"pvc-9f3e\", zone: \"northamerica-northeast1-a\"}: googleapi: Error 404: The resource 'projects/p/zones/z/disks/pvc-9f3e' was not found, notFound"
                + " # NotFound # pvc-9f3e",
        "rpc error: code = NotFound desc = Volume not found, failed with error: Retriable: false, HTTPStatusCode: 404"
                + " # NotFound # pvc-8d6c1f4e-2b3a-4c5d-8e7f-9a0b1c2d3e4f"})
    void readsTheAttachErrorOfAVolumeAttachmentAsAnAttach(String message, String code, String volumeId) {
        CsiError error = CsiErrors.inAttachError(attachment(message)).orElseThrow();

        assertThat(error.operation()).isEqualTo("attach");
        assertThat(error.code()).isEqualTo(code);
        assertThat(error.volumeId()).isEqualTo(volumeId);
        assertThat(error.subject()).isEqualTo(ObjectRef.cluster("VolumeAttachment", "csi-3b1f"));
        assertThat(error.evidence().text()).startsWith("status.attachError.message: rpc error");
        assertThat(error.evidence().source()).isEqualTo("cluster.yaml:470");
    }

    @Test
    void anAttachmentWithoutAnErrorOrWithANonGrpcErrorGivesNone() {
        assertThat(CsiErrors.inAttachError(attachment(""))).isEmpty();
        assertThat(CsiErrors.inAttachError(attachment(
                "PersistentVolume \"pvc-c39b0473-a0f2-11e8-a4ee-42010a800002\" is marked for deletion"))).isEmpty();
    }
}
