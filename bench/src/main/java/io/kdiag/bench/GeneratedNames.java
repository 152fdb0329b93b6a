package io.kdiag.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The names a real cluster makes unique by a random suffix, chosen anew for one copy of a case:
 * a ReplicaSet's pod-template hash ({@code csi-rbdplugin-provisioner-6b8f9c7d5}) and the random
 * suffix of a pod a ReplicaSet, DaemonSet or Job made ({@code ...-4xk2p}). Without them, every
 * copy of a case would hold pods of the same names in different namespaces, and whatever names a
 * pod only by its name (an external-provisioner event's reporting component, a log file's path)
 * would point at all of them.
 *
 * <p>A new suffix keeps the old one's length, is drawn from the alphabet Kubernetes draws from,
 * and is derived from the copy's tag and the old name alone, so the generator stays deterministic.
 * A StatefulSet's pods ({@code postgres-0}) keep their names, as they do in a real cluster.
 */
final class GeneratedNames {

    /** The alphabet of Kubernetes' generated name suffixes and pod-template hashes (no vowels, no look-alikes). */
    private static final String ALPHABET = "bcdfghjklmnpqrstvwxz2456789";
    /** Owners whose pods keep their names: a StatefulSet's pods are named by ordinal, not at random. */
    private static final Set<String> STABLE_OWNERS = Set.of("StatefulSet");

    private final String tag;
    private final Map<String, String> names = new TreeMap<>();

    private GeneratedNames(String tag) {
        this.tag = tag;
    }

    /**
     * The new names of the generated names among a case's objects, under a copy's tag: each
     * ReplicaSet's name and its bare pod-template hash, and each pod name that extends its
     * owner's name by a random suffix.
     */
    static Map<String, String> of(String tag, List<ObjectNode> objects) {
        GeneratedNames generated = new GeneratedNames(tag);
        for (ObjectNode object : objects) {
            JsonNode metadata = object.path("metadata");
            String name = metadata.path("name").asText("");
            if ("ReplicaSet".equals(object.path("kind").asText()) && lastDash(name) > 0) {
                generated.replicaSet(name);
            } else if ("Pod".equals(object.path("kind").asText())) {
                for (JsonNode owner : metadata.path("ownerReferences")) {
                    generated.pod(name, owner.path("kind").asText(), owner.path("name").asText(""));
                }
            }
        }
        return Map.copyOf(generated.names);
    }

    private String replicaSet(String name) {
        int dash = lastDash(name);
        String hash = name.substring(dash + 1);
        String newHash = suffix(hash, hash.length());
        names.put(hash, newHash);
        String renamed = name.substring(0, dash + 1) + newHash;
        names.put(name, renamed);
        return renamed;
    }

    private void pod(String name, String ownerKind, String owner) {
        if (STABLE_OWNERS.contains(ownerKind) || owner.isEmpty() || !name.startsWith(owner + "-")) {
            return;
        }
        int dash = lastDash(name);
        String newOwner = "ReplicaSet".equals(ownerKind) && lastDash(owner) > 0 ? replicaSet(owner) : owner;
        names.put(name, newOwner + name.substring(owner.length(), dash + 1) + suffix(name, name.length() - dash - 1));
    }

    private static int lastDash(String name) {
        return name.lastIndexOf('-');
    }

    /** A suffix of the given length from the alphabet, derived from the copy's tag and {@code seed}. */
    private String suffix(String seed, int length) {
        byte[] digest = sha256(tag + "/" + seed);
        StringBuilder out = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            out.append(ALPHABET.charAt(Byte.toUnsignedInt(digest[i % digest.length]) % ALPHABET.length()));
        }
        return out.toString();
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
