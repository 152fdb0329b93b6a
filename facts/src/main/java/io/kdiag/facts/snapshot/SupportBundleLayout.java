package io.kdiag.facts.snapshot;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kdiag.facts.ObjectRef;
import io.kdiag.facts.ServerVersion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Replicated troubleshoot support bundle: Kubernetes objects under {@code cluster-resources/}
 * ({@code nodes.json}, {@code pods/<ns>.json}, {@code custom-resources/<crd>/<ns>.json}, ...),
 * each with a {@code *-errors.json} beside it that is no object, and pod logs at
 * {@code cluster-resources/pods/logs/<ns>/<pod>/<container>.log} (and
 * {@code <container>-previous.log}). Files outside {@code cluster-resources/} are other
 * collectors' output ({@code version.yaml}, {@code analysis.json}, secret and config-map
 * collectors) and hold no objects; their {@code .log} files are read as plain logs.
 *
 * <p>Recognised by a {@code cluster-resources} folder. The capture time is in the bundle's folder
 * name, {@code support-bundle-2025-11-03T19_52_00}.
 */
final class SupportBundleLayout implements Layout {

    private static final String RESOURCES = "cluster-resources";
    private static final String CLUSTER_VERSION = "cluster-info/cluster_version.json";
    private static final long MAX_VERSION_BYTES = 64 * 1024;
    private static final ObjectMapper VERSION_READER = new ObjectMapper();
    private static final String PREVIOUS = "-previous";
    private static final Pattern FOLDER_TIME = Pattern.compile("support-bundle-(\\d{4}-\\d{2}-\\d{2}T\\d{2}_\\d{2}_\\d{2})");
    private static final DateTimeFormatter FOLDER_TIME_FORMAT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH_mm_ss");

    @Override
    public String title() {
        return "support bundle";
    }

    @Override
    public boolean recognises(Path folder) {
        return Layout.hasFolder(folder, RESOURCES);
    }

    @Override
    public Optional<DumpFile> classify(Path file, List<String> relative, String name) {
        if (!RESOURCES.equals(relative.get(0)) || relative.size() == 1) {
            return PlainLayout.plainLog(file, relative, name);
        }
        if (isContainerLog(relative)) {
            String container = relative.get(5).substring(0, relative.get(5).length() - ".log".length());
            if (container.endsWith(PREVIOUS)) {
                container = container.substring(0, container.length() - PREVIOUS.length());
            }
            ObjectRef pod = new ObjectRef("Pod", relative.get(3), relative.get(4));
            return Optional.of(new DumpFile.ContainerLog(file, name, pod, container));
        }
        if (Layout.lowerName(relative).endsWith("-errors.json") || "auth-cani-list".equals(relative.get(1))) {
            return Optional.empty();
        }
        return Layout.objectsOrArchive(file, relative, name);
    }

    private static boolean isContainerLog(List<String> relative) {
        return relative.size() == 6 && "pods".equals(relative.get(1)) && "logs".equals(relative.get(2))
                && relative.get(5).endsWith(".log");
    }

    /**
     * The server version in {@code cluster-info/cluster_version.json}
     * ({@code {"info": {"gitVersion": "v1.29.4", ...}, "string": "v1.29.4"}}).
     */
    @Override
    public Optional<ServerVersion> serverVersion(Path top) {
        Path file = top.resolve(CLUSTER_VERSION);
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        try {
            if (Files.size(file) > MAX_VERSION_BYTES) {
                throw new IllegalArgumentException(CLUSTER_VERSION + " is larger than " + MAX_VERSION_BYTES + " bytes");
            }
            JsonNode version = VERSION_READER.readTree(file.toFile());
            String text = version.path("info").path("gitVersion").asText(version.path("string").asText(""));
            return text.isEmpty() ? Optional.empty()
                    : Optional.of(new ServerVersion(text, top.getFileName() + "/" + CLUSTER_VERSION));
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read " + CLUSTER_VERSION + ": " + DocumentReader.oneLine(e.getMessage()), e);
        }
    }

    @Override
    public Optional<Instant> captureTime(Path top) {
        Path folderName = top.getFileName();
        Matcher matcher = FOLDER_TIME.matcher(folderName == null ? "" : folderName.toString());
        if (!matcher.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDateTime.parse(matcher.group(1), FOLDER_TIME_FORMAT).toInstant(ZoneOffset.UTC));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("folder name is not a capture time: " + folderName, e);
        }
    }
}
