package io.kdiag.engine.internal;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bundled playbooks' content files as the build parsed them, so that a start reads a few
 * bytes instead of setting up a YAML parser. Each content file is kept with the SHA-256 of the
 * text it was parsed from and served only for that same text: a content file that changed since
 * the build is parsed again, as any content file is. The records are written by their
 * components ({@link RecordCodec}), under the shape of the records that wrote them; a build of
 * other records is not read at all.
 */
final class BundledContent {

    /** The resource the build writes and a run reads. */
    static final String RESOURCE = "io/kdiag/engine/internal/bundled-content.bin";

    private static final Logger LOG = LoggerFactory.getLogger(BundledContent.class);
    private static final RecordCodec CODEC = new RecordCodec(PlaybookContent.class);

    private final Map<String, Parsed> byPath;

    private BundledContent(Map<String, Parsed> byPath) {
        this.byPath = byPath;
    }

    /** The content of one file as the build parsed it, and the digest of the text it parsed. */
    private record Parsed(String sha256, PlaybookContent content) {
    }

    /** What the build parsed; nothing when it parsed nothing, or other records, or the bytes do not read. */
    static BundledContent read() {
        try (InputStream resource = BundledContent.class.getResourceAsStream("/" + RESOURCE)) {
            if (resource == null) {
                return new BundledContent(Map.of());
            }
            DataInputStream in = new DataInputStream(new BufferedInputStream(resource, 1 << 16));
            if (!in.readUTF().equals(CODEC.shape())) {
                LOG.debug("the content parsed at build time is of other records; parsing it");
                return new BundledContent(Map.of());
            }
            Map<String, Parsed> byPath = new HashMap<>();
            for (int count = in.readInt(); count > 0; count--) {
                String path = in.readUTF();
                String sha256 = in.readUTF();
                byPath.put(path, new Parsed(sha256, (PlaybookContent) CODEC.read(in)));
            }
            return new BundledContent(byPath);
        } catch (IOException | RuntimeException e) {
            LOG.debug("cannot read the content parsed at build time; parsing it", e);
            return new BundledContent(Map.of());
        }
    }

    /** The content of a bundled content file, if the build parsed exactly this text of it. */
    Optional<PlaybookContent> content(String path, String text) {
        Parsed parsed = byPath.get(path);
        return parsed != null && parsed.sha256().equals(sha256(text)) ? Optional.of(parsed.content()) : Optional.empty();
    }

    /**
     * The build step: parses the content files of the bundled playbooks afresh and writes
     * {@value #RESOURCE} below the class folder given.
     */
    static void write(List<Playbook> bundled, Path classFolder) throws IOException {
        Path target = classFolder.resolve(RESOURCE);
        Files.createDirectories(target.getParent());
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(target), 1 << 16))) {
            out.writeUTF(CODEC.shape());
            out.writeInt(bundled.size());
            for (Playbook playbook : bundled) {
                out.writeUTF(playbook.contentPath());
                out.writeUTF(sha256(playbook.contentText()));
                CODEC.write(PlaybookLoader.parseContent(playbook.contentText(), playbook.contentPath()), out);
            }
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
