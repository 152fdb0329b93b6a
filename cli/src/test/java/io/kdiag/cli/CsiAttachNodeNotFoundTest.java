package io.kdiag.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * End to end, an attach that fails because the driver cannot find the node or the cloud instance
 * (EBS {@code Instance "..." not found}, kubernetes-sigs/aws-ebs-csi-driver#611): every
 * node-not-found wording of the wording catalogue, put in the fixture's event, reaches this
 * diagnosis and never a missing volume. The diagnosis itself, with a Node that is Ready, down, or
 * with its node plugin pod, is in the cases of {@code csi-volume-not-found}.
 */
class CsiAttachNodeNotFoundTest {

    private static final String FIXTURE = "csi-attach-instance-not-found";
    private static final String EBS_MESSAGE = "'AttachVolume.Attach failed for volume \"my-pvc\" : rpc error: code = NotFound"
            + " desc = Instance \"xxxxxxxxxxx\" not\n    found'";

    @TempDir
    Path temp;

    /** The catalogue's node-not-found wordings of FailedAttachVolume events. */
    static Stream<String> nodeNotFoundWordings() throws IOException {
        List<String> lines = Files.readAllLines(CliRun.ROOT.resolve("facts/src/test/resources/wordings/catalogue.tsv"));
        return lines.stream().map(l -> l.split("\t"))
                .filter(f -> f.length >= 4 && f[0].equals("event:FailedAttachVolume") && f[1].equals("node-not-found:attach"))
                .map(f -> f[3]);
    }

    @ParameterizedTest
    @MethodSource("nodeNotFoundWordings")
    void everyDriversNodeNotFoundWordingReachesThisDiagnosisNeverAMissingVolume(String wording) throws IOException {
        Path dump = rewritten(EBS_MESSAGE, "'" + wording.replace("'", "''") + "'");

        CliRun run = CliRun.of("analyze", dump.toString(), "-o", "json");

        assertThat(run.ids()).as(wording).first().isEqualTo("csi-attach-node-not-found");
        assertThat(run.ids()).as(wording).doesNotContain("csi-backend-volume-missing", "csi-volume-handle-mismatch");
    }

    /** The fixture with one piece of its cluster.yaml replaced, in a temporary folder. */
    private Path rewritten(String from, String to) throws IOException {
        String yaml = Files.readString(CliRun.ROOT.resolve("test-fixtures").resolve(FIXTURE).resolve("cluster.yaml"));
        assertThat(yaml).contains(from);
        Path file = temp.resolve("cluster.yaml");
        Files.writeString(file, yaml.replace(from, to));
        return file;
    }
}
