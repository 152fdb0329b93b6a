package io.kdiag.facts.signal;

import static org.assertj.core.api.Assertions.assertThat;

import io.kdiag.facts.ObjectRef;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A CSI error's volume: kept in one form, so that it compares with a PersistentVolume's names. */
class CsiErrorTest {

    private static final ObjectRef CLAIM = new ObjectRef("PersistentVolumeClaim", "shop", "data");
    private static final Instant AT = Instant.parse("2024-05-01T10:00:00Z");

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '~', value = {
        "\"vol-0a1b2c\"                                            | vol-0a1b2c",
        "[pvc-1234].                                               | pvc-1234",
        "projects/p/zones/europe-west1-b/disks/pvc-77aa           | pvc-77aa",
        "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Compute/disks/pvc-9f | pvc-9f",
        "aws://eu-west-1a/vol-0123abcd                             | vol-0123abcd",
        "6a2f/array-1/iscsi                                        | 6a2f/array-1/iscsi",
        "~~                                                        | ~~"})
    void theVolumeIdLosesQuotesBracketsAndResourcePaths(String given, String kept) {
        assertThat(error(given).volumeId()).isEqualTo(kept);
    }

    @Test
    void aClaimUidAndItsProvisionedVolumeNameReferToTheSameVolume() {
        CsiError timeout = error("45417194-8792-4e0f-86c6-8d1af802d558");

        assertThat(timeout.refersTo("pvc-45417194-8792-4e0f-86c6-8d1af802d558")).isTrue();
        assertThat(timeout.refersTo("45417194-8792-4e0f-86c6-8d1af802d558")).isTrue();
        assertThat(timeout.refersTo("pvc-other")).isFalse();
        assertThat(timeout.refersTo("")).isFalse();
    }

    @Test
    void aVolumeHandleWithACloudPathRefersToTheDiskItNames() {
        assertThat(error("pvc-77aa").refersTo("projects/p/zones/europe-west1-b/disks/pvc-77aa")).isTrue();
    }

    private static CsiError error(String volumeId) {
        return new CsiError("provision", "DeadlineExceeded", "context deadline exceeded", volumeId, "", "", CLAIM,
                AT, null);
    }
}
