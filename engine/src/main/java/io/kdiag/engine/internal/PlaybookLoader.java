package io.kdiag.engine.internal;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.kdiag.engine.RuleError;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Finds playbooks: the bundled ones on the class path (every {@code .drl} file below
 * {@code io/kdiag/rules/}, one folder per playbook) and those in folders a user names. A playbook
 * is a {@code .drl} file and, beside it, a {@code .yaml} content file of the same name; both are
 * found the same way, bundled or not, in path order.
 */
final class PlaybookLoader {

    private static final String BUNDLED = "io/kdiag/rules/";
    private static final String SHARED = BUNDLED + "affected-workloads.drl";

    private PlaybookLoader() {
    }

    /** The content file reader, made when a content file is first parsed: a bundled one the build parsed is not. */
    private static final class Yaml {
        static final ObjectMapper MAPPER = JsonMapper.builder(new YAMLFactory())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .build();
    }

    /**
     * The bundled playbooks, in path order. A content file is parsed as the build parsed it when its
     * text is the one the build parsed ({@link BundledContent}), and parsed now otherwise.
     */
    static List<Playbook> bundled() {
        BundledContent parsed = BundledContent.read();
        List<Playbook> playbooks = new ArrayList<>();
        for (String drlPath : BundledResources.drlFiles(BUNDLED)) {
            String base = drlPath.substring(0, drlPath.length() - ".drl".length());
            String id = base.substring(base.lastIndexOf('/') + 1);
            String contentPath = base + ".yaml";
            String text = resourceText(contentPath);
            PlaybookContent content = parsed.content(contentPath, text).orElseGet(() -> parseContent(text, contentPath));
            playbooks.add(new Playbook(id, "builtin", drlPath, resourceText(drlPath), contentPath, text, content));
        }
        return playbooks;
    }

    /**
     * The shared rules followed by the playbooks: what every knowledge base compiles. The shared
     * rules ({@code io/kdiag/rules/affected-workloads.drl}) are no playbook of their own: they
     * derive, for every candidate any playbook concludes, the workloads it harms, which the
     * ranking step reads (see {@code docs/ranking.md}). They join with or without the bundled
     * playbooks, and have no content.
     */
    static List<Playbook> withShared(List<Playbook> playbooks) {
        List<Playbook> all = new ArrayList<>(playbooks.size() + 1);
        all.add(new Playbook("affected-workloads", "builtin", SHARED, resourceText(SHARED), "", "",
                PlaybookContent.empty()));
        all.addAll(playbooks);
        return all;
    }

    /**
     * The playbooks in a folder and its sub-folders, in path order, with every error found
     * reading them. A playbook whose content file is invalid is still returned, with empty
     * content, so that its DRL is compiled and checked too.
     */
    static Loaded fromFolder(Path folder) {
        if (!Files.isDirectory(folder)) {
            return new Loaded(List.of(), List.of(new RuleError(folder.toString(), 0, 0, "not a folder")));
        }
        List<Path> drlFiles;
        try (Stream<Path> walk = Files.walk(folder)) {
            drlFiles = walk.filter(p -> p.getFileName().toString().endsWith(".drl") && Files.isRegularFile(p))
                    .sorted().toList();
        } catch (IOException | UncheckedIOException e) {
            return new Loaded(List.of(), List.of(new RuleError(folder.toString(), 0, 0, "cannot list: " + e.getMessage())));
        }
        List<Playbook> playbooks = new ArrayList<>();
        List<RuleError> errors = new ArrayList<>();
        for (Path drlFile : drlFiles) {
            String fileName = drlFile.getFileName().toString();
            String id = fileName.substring(0, fileName.length() - ".drl".length());
            Path contentFile = drlFile.resolveSibling(id + ".yaml");
            String drl;
            try {
                drl = Files.readString(drlFile, StandardCharsets.UTF_8);
            } catch (IOException e) {
                errors.add(new RuleError(drlFile.toString(), 0, 0, "cannot read: " + e.getMessage()));
                continue;
            }
            PlaybookContent content = PlaybookContent.empty();
            String contentText = "";
            if (!Files.exists(contentFile)) {
                errors.add(new RuleError(contentFile.toString(), 0, 0, "missing content file for playbook " + id));
            } else {
                try {
                    contentText = Files.readString(contentFile, StandardCharsets.UTF_8);
                    content = parseContent(contentText, contentFile.toString());
                } catch (IOException e) {
                    errors.add(new RuleError(contentFile.toString(), 0, 0, "cannot read: " + e.getMessage()));
                } catch (ContentException e) {
                    errors.add(e.error());
                }
            }
            playbooks.add(new Playbook(id, folder.toString(), drlFile.toString(), drl, contentFile.toString(),
                    contentText, content));
        }
        return new Loaded(playbooks, errors);
    }

    /**
     * The playbooks found, and what was wrong with the files read.
     *
     * @param playbooks the playbooks, in path order
     * @param errors the errors, in path order
     */
    record Loaded(List<Playbook> playbooks, List<RuleError> errors) {

        /** Copies the lists. */
        Loaded {
            playbooks = List.copyOf(playbooks);
            errors = List.copyOf(errors);
        }
    }

    static PlaybookContent parseContent(String yaml, String path) {
        try {
            PlaybookContent content = Yaml.MAPPER.readValue(yaml, PlaybookContent.class);
            if (content == null) {
                return PlaybookContent.empty();
            }
            List<String> missing = content.missingFields();
            if (!missing.isEmpty()) {
                String field = missing.get(0);
                String id = field.split("\\.")[1];
                throw new ContentException(ContentChecks.at(path, yaml, id + ":",
                        "invalid content: missing required field " + field));
            }
            return content;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            RuleError error = YamlErrors.of(path, yaml, e);
            throw new ContentException(new RuleError(path, error.line(), error.column(),
                    "invalid content: " + error.message()));
        }
    }

    private static String resourceText(String resource) {
        try (InputStream in = PlaybookLoader.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("bundled rule resource missing: " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read bundled rule resource " + resource, e);
        }
    }

    /** A content file that does not parse, as a rule error. */
    static final class ContentException extends RuntimeException {
        private final transient RuleError error;

        ContentException(RuleError error) {
            super(error.toString());
            this.error = error;
        }

        RuleError error() {
            return error;
        }
    }
}
