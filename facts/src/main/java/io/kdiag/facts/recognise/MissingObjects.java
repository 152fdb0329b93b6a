package io.kdiag.facts.recognise;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads what a CSI failure says is missing, by the meaning of its words and not by its gRPC
 * code: drivers wrap a cloud's "volume does not exist" in {@code Internal}
 * ({@code InvalidVolume.NotFound: The volume 'vol-...' does not exist.}) and answer
 * {@code NotFound} when the node or instance the volume was to attach to is missing
 * ({@code Instance "i-..." not found}). A node or an instance is never a missing volume: a
 * playbook that re-creates a claim for a missing volume must not act on a missing node.
 *
 * <p>The gRPC code is a hint only: a bare {@code NotFound} on an attach, detach, delete or
 * snapshot whose words name nothing else means the volume (the CSI spec's meaning for those
 * calls); on a mount or unmount it names a path or a device and means nothing here.
 */
final class MissingObjects {

    /** What is missing: the volume, the node (or cloud instance), or nothing the words say. */
    enum Missing { VOLUME, NODE, NONE }

    /**
     * The missing object and its ID as the words give it.
     *
     * @param missing what is missing
     * @param id the node's or instance's ID when a node is missing, else {@code ""}
     */
    record Finding(Missing missing, String id) {
    }

    private static final String ID = "[\"'\\[]?([^\\s\"',:;()\\[\\]]+)[\"'\\]]?";

    private static final List<Pattern> NODE = List.of(
            Pattern.compile("\\b[Ii]nstance " + ID + " (?:was )?(?:not found|does not exist)"),
            Pattern.compile("\\bInvalidInstanceID\\.NotFound: The instance ID " + ID),
            Pattern.compile("instance id for node " + ID + " \\(instance not found\\)"),
            Pattern.compile("Unable to find node " + ID + ": instance not found"),
            Pattern.compile("\\b(?:[Hh]ost with k8s node ID|[Nn]ode) " + ID + " (?:was )?not found"));

    private static final Pattern VOLUME = Pattern.compile(
            "InvalidVolume\\.NotFound|VolumeNotFound|Could not find disk|\\b[Dd]isk .{0,80}?\\bis not found"
            + "|\\b[Vv]olume (?:[\"'\\[]?[^\\s\"',:;()]+[\"'\\]]? )?(?:(?:was )?not found|does not exist|could not be found)"
            + "|\\bVolume not found\\b|\\b[Vv]olume ID " + ID + " not found"
            + "|Microsoft\\.Compute/disks/\\S+ under resource group \\S+ was not found");

    private static final Set<String> OPERATIONS_WHERE_NOT_FOUND_IS_THE_VOLUME =
            Set.of("attach", "detach", "delete", "snapshot");

    private MissingObjects() {
    }

    /** What the description of a failure of this operation with this code says is missing. */
    static Finding in(String description, String code, String operation) {
        Optional<String> node = nodeNamedIn(description);
        if (node.isPresent()) {
            return new Finding(Missing.NODE, node.get());
        }
        if (VOLUME.matcher(description).find()
                || ("NotFound".equals(code) && OPERATIONS_WHERE_NOT_FOUND_IS_THE_VOLUME.contains(operation))) {
            return new Finding(Missing.VOLUME, "");
        }
        return new Finding(Missing.NONE, "");
    }

    private static Optional<String> nodeNamedIn(String text) {
        for (Pattern shape : NODE) {
            Matcher m = shape.matcher(text);
            if (m.find()) {
                return Optional.of(m.group(1));
            }
        }
        return Optional.empty();
    }
}
