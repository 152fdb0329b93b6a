package io.kdiag.facts.snapshot;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * Reads the Kubernetes objects in one YAML or JSON text: single objects, multi-document YAML,
 * and {@code List} documents (whose items each become an object, with the line it starts on).
 *
 * <p>Everything is read as a stream ({@link ObjectStream}): each object is handed on as soon as
 * it is read, so a List of several gigabytes costs the memory of its largest item, never of the
 * whole. YAML is split at its {@code ---} document markers ({@link YamlDocuments}), so that one
 * broken document costs only itself: the documents around it are still read. What remains
 * bounded (one object's size, nesting depth, one string, YAML aliases) is stated in the warning
 * that names the object refused.
 */
final class DocumentReader {

    private static final int PEEK_LIMIT = 1 << 16;
    private static final java.util.regex.Pattern QUOTED = java.util.regex.Pattern.compile("(['\"])[^'\"]{2,}\\1");

    private final ParseLimits limits;
    private final JsonFactory json;
    private final YAMLFactory yaml;
    private final StringPool pool = new StringPool();

    DocumentReader(ParseLimits limits) {
        this.limits = limits;
        StreamReadConstraints constraints = StreamReadConstraints.builder()
                .maxNestingDepth(limits.maxNestingDepth())
                .maxStringLength(limits.maxStringChars())
                .maxDocumentLength(-1)
                .build();
        this.json = JsonFactory.builder().streamReadConstraints(constraints).build();
        LoaderOptions loader = new LoaderOptions();
        loader.setCodePointLimit(Integer.MAX_VALUE);
        loader.setNestingDepthLimit(limits.maxNestingDepth());
        loader.setMaxAliasesForCollections(limits.maxAliases());
        loader.setAllowDuplicateKeys(true);
        this.yaml = YAMLFactory.builder().loaderOptions(loader).streamReadConstraints(constraints).build();
    }

    /**
     * Reads every object in {@code text}.
     *
     * @param text the file's content, positioned at its start
     * @param name how sources name the file
     * @param objects receives each object read, as soon as it is read
     * @param warnings receives each part that could not be read
     * @return how many documents (YAML documents, top-level JSON values) the text holds; an
     *     empty {@code List} counts, a text of only comments does not
     */
    int read(BufferedReader text, String name, Consumer<RawObject> objects, Consumer<SnapshotWarning> warnings)
            throws IOException {
        try {
            text.mark(PEEK_LIMIT + 1);
            int first = firstSignificantChar(text);
            text.reset();
            if (first == '{' || first == '[') {
                ObjectStream stream = stream(name, 0, "JSON", objects, warnings, () -> false);
                return parse(json.createParser(text), stream, name, warnings);
            }
            return readYamlDocuments(text, name, objects, warnings);
        } catch (CharacterCodingException e) {
            warnings.accept(new SnapshotWarning(name, "not UTF-8 text", true));
            return 0;
        }
    }

    /**
     * Parses each YAML document on its own. A document with a line longer than the longest
     * allowed string is read up to that line; the rest of it is skipped with a warning without
     * being held in memory.
     */
    private int readYamlDocuments(BufferedReader text, String name, Consumer<RawObject> objects,
            Consumer<SnapshotWarning> warnings) throws IOException {
        YamlDocuments documents = new YamlDocuments(text, limits.maxStringChars());
        int count = 0;
        for (YamlDocuments.Document next = documents.next(); next != null; next = documents.next()) {
            YamlDocuments.Document document = next;
            ObjectStream stream = stream(name, document.firstLine() - 1, "YAML", objects, warnings,
                    () -> document.refused() != null);
            List<SnapshotWarning> parseErrors = new ArrayList<>();
            int values = parse(yaml.createParser(document), stream, name, parseErrors::add);
            document.skipRest();
            if (document.refused() != null) {
                String start = name + ":" + document.firstLine();
                warnings.accept(new SnapshotWarning(start, stream.emitted() == 0
                        ? "YAML document skipped: " + document.refused()
                        : "YAML document read only up to line " + document.lastLine() + ": " + document.refused()
                                + "; the rest of it not read", true));
                count++;
            } else {
                parseErrors.forEach(warnings);
                count += document.isBlank() ? 0 : values;
            }
        }
        return count;
    }

    private ObjectStream stream(String name, int lineOffset, String format, Consumer<RawObject> objects,
            Consumer<SnapshotWarning> warnings, java.util.function.BooleanSupplier cutShort) {
        return new ObjectStream(new ObjectTree(pool, limits.maxObjectChars()), limits.maxObjectChars(), name,
                lineOffset, format, objects, warnings, cutShort);
    }

    /** Reads every value of one parser; an error ends the text (or YAML document) there, with a warning. */
    private static int parse(JsonParser parser, ObjectStream stream, String name, Consumer<SnapshotWarning> warnings)
            throws IOException {
        String format = parser instanceof com.fasterxml.jackson.dataformat.yaml.YAMLParser ? "YAML" : "JSON";
        try (parser) {
            return stream.readAll(parser);
        } catch (JsonProcessingException e) {
            String rest = stream.emitted() == 0 ? "" : "; " + stream.emitted() + " object(s) before it were read, "
                    + "nothing after it";
            warnings.accept(new SnapshotWarning(stream.source(e.getLocation()),
                    "not valid " + format + ": " + withoutQuotedText(oneLine(e.getOriginalMessage())) + rest, true));
        } catch (StackOverflowError e) {
            warnings.accept(new SnapshotWarning(name, "not valid " + format + ": nested too deeply", true));
        }
        return 1;
    }

    private static int firstSignificantChar(Reader reader) throws IOException {
        for (int i = 0, c = reader.read(); c != -1 && i < PEEK_LIMIT; i++, c = reader.read()) {
            if (!Character.isWhitespace(c) && c != '\uFEFF') {
                return c;
            }
        }
        return -1;
    }

    /**
     * A parser's message without the input text it quotes ({@code Unrecognized token 'c2VjcmV0'}):
     * the text may be a Secret's value in a file too broken to know it holds a Secret.
     */
    static String withoutQuotedText(String message) {
        return QUOTED.matcher(message).replaceAll("$1...$1");
    }

    static String oneLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        String line = message.strip().lines().findFirst().orElse("").strip();
        return line.length() > 200 ? line.substring(0, 200) + "..." : line;
    }
}
