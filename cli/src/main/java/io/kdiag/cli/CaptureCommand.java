package io.kdiag.cli;

import io.kdiag.facts.snapshot.CaptureManifest;
import io.kdiag.engine.capture.ClusterCapture;
import io.kdiag.engine.capture.ClusterConnection;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code kdiag capture}: reads a live cluster, read-only, into a snapshot that {@code kdiag analyze} reads. */
@Command(name = "capture", mixinStandardHelpOptions = true,
        description = {"Read a live cluster into OUT (a folder, or a .tar.gz archive): the kinds the playbooks use "
                + "and the recent logs of CSI controllers, of kube-controller-manager and of CSI node plugins on "
                + "nodes in trouble.",
                "Read-only: only get, list and pod log requests; secrets are never read. See docs/live.md."},
        exitCodeListHeading = "%nExit codes:%n", exitCodeList = {
            "0:the snapshot was written",
            "2:usage error, or the cluster could not be read (connection, permission)",
            ExitCodes.INTERNAL_HELP},
        footerHeading = "%nExamples:%n", footer = {
            "  kdiag capture -A snapshot/",
            "  kdiag capture --context prod -n media -n rook-ceph snapshot.tar.gz",
            "  kdiag analyze snapshot.tar.gz"})
final class CaptureCommand implements Callable<Integer> {

    @Parameters(paramLabel = "OUT", description = "A new or empty folder, or a file ending in .tar.gz.")
    Path out;

    @Mixin
    ClusterOptions cluster = new ClusterOptions();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        try (Progress progress = new Progress(spec.commandLine().getErr(), KdiagCommand.process(spec).terminal(), 0);
                ClusterConnection.Connected connected = cluster.connection().open()) {
            CaptureManifest manifest = new ClusterCapture(connected.client(), connected.contextName(),
                    cluster.capture(progress)).writeTo(out);
            int objects = manifest.kinds().stream().mapToInt(CaptureManifest.CapturedKind::count).sum();
            spec.commandLine().getOut().println("kdiag: captured " + objects + " objects of " + manifest.kinds().size()
                    + " kinds and " + manifest.logs().size() + " container logs from " + connected.contextName()
                    + " into " + out + (manifest.notChecked().isEmpty() ? ""
                            : "; not checked: " + manifest.notChecked().size() + " (see " + CaptureManifest.FILE_NAME
                            + ")"));
        }
        return ExitCodes.OK;
    }
}
