package io.kdiag.engine.render;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import io.kdiag.engine.report.Report;
import java.io.IOException;
import java.io.Writer;

/** Writes the report tree as JSON or YAML, fields in the contract's order. */
final class TreeRenderer implements Renderer {

    private final ObjectWriter writer;
    private final boolean trailingNewline;

    private TreeRenderer(ObjectWriter writer, boolean trailingNewline) {
        this.writer = writer;
        this.trailingNewline = trailingNewline;
    }

    static TreeRenderer json() {
        ObjectMapper mapper = JsonMapper.builder().disable(SerializationFeature.FAIL_ON_EMPTY_BEANS).build();
        Separators separators = Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator("");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter(separators)
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
        return new TreeRenderer(mapper.writer(printer), true);
    }

    static TreeRenderer yaml() {
        YAMLFactory factory = YAMLFactory.builder()
                .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
                .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
                .build();
        return new TreeRenderer(new ObjectMapper(factory).writer(), false);
    }

    @Override
    public void render(Report report, RenderOptions options, Writer out) throws IOException {
        renderTree(report, out);
    }

    /** Writes any tree (a report, or a SARIF log) the same way. */
    void renderTree(Object tree, Writer out) throws IOException {
        writer.writeValue(new NonClosingWriter(out), tree);
        if (trailingNewline) {
            out.write('\n');
        }
    }

    /** Jackson closes the writer it is given; the caller owns ours. */
    private static final class NonClosingWriter extends java.io.FilterWriter {
        NonClosingWriter(Writer out) {
            super(out);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
