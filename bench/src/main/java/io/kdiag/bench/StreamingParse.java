package io.kdiag.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The benchmark's floor: reads the same bytes kdiag reads, and nothing more. Every JSON file
 * goes through one streaming jackson-core pass that visits every token and counts the items
 * of its top-level List; every log file is read line by line. No tree, no binding, no rule.
 *
 * <pre>
 * java -cp ... io.kdiag.bench.StreamingParse DUMP-DIR
 * </pre>
 */
public final class StreamingParse {

    private StreamingParse() {
    }

    /** Reads a dump folder: {@code DUMP-DIR}. */
    public static void main(String[] args) throws IOException {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(Path.of(args[0]))) {
            walk.filter(Files::isRegularFile).sorted().forEach(files::add);
        }
        JsonFactory factory = new JsonFactory();
        long items = 0;
        long tokens = 0;
        long lines = 0;
        for (Path file : files) {
            String name = file.getFileName().toString();
            if (name.equals("manifest.json")) {
                continue;
            }
            if (name.endsWith(".json")) {
                try (JsonParser parser = factory.createParser(file.toFile())) {
                    int depth = 0;
                    for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                        tokens++;
                        if (token.isStructStart()) {
                            if (depth == 2 && token == JsonToken.START_OBJECT) {
                                items++;
                            }
                            depth++;
                        } else if (token.isStructEnd()) {
                            depth--;
                        } else if (token == JsonToken.VALUE_STRING) {
                            parser.getText();
                        }
                    }
                }
            } else if (name.contains(".log")) {
                try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                    while (reader.readLine() != null) {
                        lines++;
                    }
                }
            }
        }
        System.out.printf("%,d List items, %,d tokens, %,d log lines%n", items, tokens, lines);
    }
}
