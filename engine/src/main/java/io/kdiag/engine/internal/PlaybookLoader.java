package io.kdiag.engine.internal;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.kdiag.engine.RuleCompilationException;
import io.kdiag.engine.RuleError;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Finds playbooks: the bundled ones on the class path (listed in {@code io/kdiag/rules/playbooks.list})
 * and those in folders a user names. A playbook is a {@code .drl} file and, beside it, a
 * {@code .yaml} content file of the same name.
 */
public final class PlaybookLoader {

    private static final String BUNDLED = "io/kdiag/rules/";
    private static final ObjectMapper YAML = JsonMapper.builder(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private PlaybookLoader() {
    }

    /** The bundled playbooks, in their load order. */
    public static List<Playbook> bundled() {
        List<Playbook> playbooks = new ArrayList<>();
        for (String id : resourceLines(BUNDLED + "playbooks.list")) {
            String drl = resourceText(BUNDLED + id + ".drl");
            String content = resourceText(BUNDLED + id + ".yaml");
            playbooks.add(new Playbook(id, "builtin", BUNDLED + id + ".drl", drl,
                    parseContent(content, BUNDLED + id + ".yaml")));
        }
        return playbooks;
    }

    /**
     * The playbooks in a folder (and its sub-folders), in name order.
     *
     * @throws RuleCompilationException when the folder cannot be read or a content file is invalid
     */
    public static List<Playbook> fromFolder(Path folder) throws RuleCompilationException {
        if (!Files.isDirectory(folder)) {
            throw new RuleCompilationException(List.of(new RuleError(folder.toString(), 0, 0, "not a folder")));
        }
        List<Path> drlFiles;
        try (Stream<Path> walk = Files.walk(folder)) {
            drlFiles = walk.filter(p -> p.getFileName().toString().endsWith(".drl")).sorted().toList();
        } catch (IOException e) {
            throw new RuleCompilationException(List.of(new RuleError(folder.toString(), 0, 0, "cannot list: " + e.getMessage())));
        }
        List<Playbook> playbooks = new ArrayList<>();
        List<RuleError> errors = new ArrayList<>();
        for (Path drlFile : drlFiles) {
            String fileName = drlFile.getFileName().toString();
            String id = fileName.substring(0, fileName.length() - ".drl".length());
            Path contentFile = drlFile.resolveSibling(id + ".yaml");
            try {
                String drl = Files.readString(drlFile, StandardCharsets.UTF_8);
                PlaybookContent content = Files.exists(contentFile)
                        ? parseContent(Files.readString(contentFile, StandardCharsets.UTF_8), contentFile.toString())
                        : new PlaybookContent(null, null);
                playbooks.add(new Playbook(id, folder.toString(), drlFile.toString(), drl, content));
            } catch (IOException e) {
                errors.add(new RuleError(drlFile.toString(), 0, 0, "cannot read: " + e.getMessage()));
            } catch (ContentException e) {
                errors.add(e.error());
            }
        }
        if (!errors.isEmpty()) {
            throw new RuleCompilationException(errors);
        }
        return playbooks;
    }

    static PlaybookContent parseContent(String yaml, String path) {
        try {
            PlaybookContent content = YAML.readValue(yaml, PlaybookContent.class);
            return content == null ? new PlaybookContent(null, null) : content;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            var location = e.getLocation();
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            String message = cause instanceof IllegalArgumentException ? cause.getMessage() : e.getOriginalMessage();
            throw new ContentException(new RuleError(path, location == null ? 0 : location.getLineNr(),
                    location == null ? 0 : location.getColumnNr(), "invalid content: " + firstLine(message)));
        }
    }

    private static String firstLine(String message) {
        return message == null ? "unreadable" : message.lines().findFirst().orElse("").strip();
    }

    private static List<String> resourceLines(String resource) {
        return resourceText(resource).lines()
                .map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .toList();
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
