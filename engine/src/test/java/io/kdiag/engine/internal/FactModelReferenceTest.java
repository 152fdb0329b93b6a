package io.kdiag.engine.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.kdiag.engine.RuleCompilationException;
import io.kdiag.facts.Pod;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.kie.api.KieBase;
import org.kie.api.definition.type.FactField;
import org.kie.api.definition.type.FactType;

/**
 * Keeps {@code docs/fact-model.md} true: every record in the fact packages and every link type
 * the bundled playbooks declare must have its section, with exactly its fields (name and type)
 * and its methods. New types are found on their own; a failure prints the rows to paste.
 */
class FactModelReferenceTest {

    private static final Path DOC = Path.of("..").toAbsolutePath().normalize().resolve("docs/fact-model.md");
    private static final List<String> PACKAGES = List.of("io.kdiag.facts", "io.kdiag.facts.signal", "io.kdiag.facts.chain");
    private static final String DECLARED_PACKAGE = "io.kdiag.rules";
    private static final Set<String> NOT_LISTED = Set.of("equals", "hashCode", "toString");
    private static final Pattern SECTION = Pattern.compile("(?m)^### `([A-Za-z0-9_.]+)`");
    private static final Pattern ROW = Pattern.compile("(?m)^\\| `([A-Za-z0-9_]+)` \\| `([^`]+)` \\|");
    private static final Pattern KEY_ROW = Pattern.compile("^\\| `([A-Za-z0-9_]+)` \\| `[^`]+` \\|(.*)\\|\\s*$");
    private static final Pattern METHODS = Pattern.compile("(?m)^Methods: (.*)$");

    @Test
    void everyFactTypeAndFieldIsDocumentedAsItIs() throws Exception {
        Map<String, Section> code = new LinkedHashMap<>();
        for (Class<?> type : records()) {
            code.put(type.getName(), Section.of(type));
        }
        code.putAll(declaredTypes());
        Map<String, Section> doc = documented();

        List<String> drift = new ArrayList<>();
        code.forEach((name, section) -> {
            Section written = doc.get(name);
            if (written == null) {
                drift.add("missing section, add:\n" + section.markdown(name));
            } else if (!written.equals(section)) {
                drift.add("section " + name + " differs from the code, which has:\n" + section.markdown(name));
            }
        });
        doc.keySet().stream().filter(name -> !code.containsKey(name))
                .forEach(name -> drift.add("section " + name + " documents a type that no longer exists"));
        assertThat(drift).as("docs/fact-model.md drifted from the code").isEmpty();
    }

    /**
     * A link's identity is its key fields: {@code insertLogical} of a fact equal to one already
     * there only justifies the first again. A key lost (in this Drools a prefix {@code @key}
     * attaches to the field before it, so the last key of a type silently goes) merges links that
     * differ in it, so the fields the reference marks as key must be the compiled type's keys.
     */
    @Test
    void everyLinkTypeKeysExactlyTheFieldsTheReferenceMarksAsKey() throws Exception {
        Map<String, Set<String>> documented = documentedKeys();
        KieBase kieBase = PlaybookSet.compile(true, List.of()).kieBase();
        Map<String, Set<String>> compiled = new LinkedHashMap<>();
        kieBase.getKiePackage(DECLARED_PACKAGE).getFactTypes().forEach(type -> compiled.put(type.getName(),
                type.getFields().stream().filter(FactField::isKey).map(FactField::getName)
                        .collect(Collectors.toCollection(java.util.TreeSet::new))));

        assertThat(compiled).isNotEmpty().containsExactlyInAnyOrderEntriesOf(
                Map.copyOf(documented.entrySet().stream().filter(e -> compiled.containsKey(e.getKey()))
                        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue))));
        assertThat(compiled.get(DECLARED_PACKAGE + ".BlockedByMultiAttach")).containsExactly("pod", "shownBy", "volume");
    }

    @Test
    void theDriftCheckFindsTheFactTypesOnItsOwn() throws Exception {
        assertThat(records()).contains(Pod.class, io.kdiag.facts.signal.MultiAttachError.class,
                io.kdiag.facts.chain.Candidate.class);
        assertThat(declaredTypes()).containsKey("io.kdiag.rules.BlockedByMultiAttach");
    }

    /** A type as the reference shows it: its fields, in order, each with its type, and its method signatures. */
    private record Section(Map<String, String> fields, List<String> methods) {

        static Section of(Class<?> type) {
            Map<String, String> fields = new LinkedHashMap<>();
            for (RecordComponent component : type.getRecordComponents()) {
                fields.put(component.getName(), name(component.getGenericType()));
            }
            Set<String> accessors = fields.keySet();
            List<String> methods = Arrays.stream(type.getDeclaredMethods())
                    .filter(m -> Modifier.isPublic(m.getModifiers()) && !m.isSynthetic() && !m.isBridge())
                    .filter(m -> !NOT_LISTED.contains(m.getName()))
                    .filter(m -> !(m.getParameterCount() == 0 && accessors.contains(m.getName())))
                    .map(FactModelReferenceTest::signature)
                    .sorted().toList();
            return new Section(fields, methods);
        }

        String markdown(String name) {
            StringBuilder out = new StringBuilder("### `" + name + "`\n\n| field | type | meaning |\n|---|---|---|\n");
            fields.forEach((field, type) -> out.append("| `").append(field).append("` | `").append(type).append("` | |\n"));
            if (!methods.isEmpty()) {
                out.append("\nMethods: ").append(methods.stream().map(m -> "`" + m + "`").collect(Collectors.joining(", ")))
                        .append("\n");
            }
            return out.toString();
        }
    }

    private static String signature(Method method) {
        String parameters = Arrays.stream(method.getGenericParameterTypes()).map(FactModelReferenceTest::name)
                .collect(Collectors.joining(", "));
        return (Modifier.isStatic(method.getModifiers()) ? "static " : "") + method.getName() + "(" + parameters + ")";
    }

    private static String name(Type type) {
        if (type instanceof ParameterizedType p) {
            return name(p.getRawType()) + Arrays.stream(p.getActualTypeArguments()).map(FactModelReferenceTest::name)
                    .collect(Collectors.joining(", ", "<", ">"));
        }
        if (type instanceof Class<?> c) {
            return c.isArray() ? name(c.getComponentType()) + "..." : c.getSimpleName();
        }
        return type.getTypeName().replaceAll("[a-z]+\\.", "");
    }

    /** Every public record of the fact packages, read from where the facts module's classes are. */
    private static List<Class<?>> records() throws IOException, URISyntaxException, ClassNotFoundException {
        Path location = Path.of(Pod.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<Class<?>> records = new ArrayList<>();
        try (FileSystem jar = Files.isDirectory(location) ? null : FileSystems.newFileSystem(location)) {
            Path root = jar == null ? location : jar.getPath("/");
            for (String pkg : PACKAGES) {
                Path folder = root.resolve(pkg.replace('.', '/'));
                List<String> classes;
                try (Stream<Path> files = Files.list(folder)) {
                    classes = files.map(p -> p.getFileName().toString())
                            .filter(n -> n.endsWith(".class") && !n.contains("$"))
                            .map(n -> pkg + "." + n.substring(0, n.length() - ".class".length()))
                            .sorted().toList();
                }
                for (String name : classes) {
                    Class<?> type = Class.forName(name);
                    if (type.isRecord() && Modifier.isPublic(type.getModifiers())) {
                        records.add(type);
                    }
                }
            }
        }
        return records;
    }

    /** The link types the bundled playbooks declare, by name. */
    private static Map<String, Section> declaredTypes() throws RuleCompilationException {
        KieBase kieBase = PlaybookSet.compile(true, List.of()).kieBase();
        Map<String, Section> sections = new LinkedHashMap<>();
        kieBase.getKiePackage(DECLARED_PACKAGE).getFactTypes().stream()
                .sorted(Comparator.comparing(FactType::getName))
                .forEach(type -> {
                    Map<String, String> fields = new LinkedHashMap<>();
                    type.getFields().forEach(f -> fields.put(f.getName(), f.getType().getSimpleName()));
                    sections.put(type.getName(), new Section(fields, List.of()));
                });
        return sections;
    }

    /** For each section of the reference, the fields whose meaning says {@code key}. */
    private static Map<String, Set<String>> documentedKeys() throws IOException {
        Map<String, Set<String>> keys = new LinkedHashMap<>();
        String name = null;
        for (String line : Files.readAllLines(DOC)) {
            Matcher heading = SECTION.matcher(line);
            Matcher row = KEY_ROW.matcher(line);
            if (heading.find()) {
                name = heading.group(1);
                keys.put(name, new java.util.TreeSet<>());
            } else if (name != null && row.find() && row.group(2).matches("(?i)(.*\\W)?key(\\W.*)?")) {
                keys.get(name).add(row.group(1));
            }
        }
        return keys;
    }

    /** The sections of the reference: {@code ### `fully.qualified.Name`}, then its table rows and methods line. */
    private static Map<String, Section> documented() throws IOException {
        String text = Files.readString(DOC);
        Map<String, Section> sections = new LinkedHashMap<>();
        Matcher heading = SECTION.matcher(text);
        List<int[]> bounds = new ArrayList<>();
        List<String> names = new ArrayList<>();
        while (heading.find()) {
            names.add(heading.group(1));
            bounds.add(new int[] {heading.end(), 0});
        }
        for (int i = 0; i < names.size(); i++) {
            int end = i + 1 < names.size() ? text.lastIndexOf("###", bounds.get(i + 1)[0]) : text.length();
            String body = text.substring(bounds.get(i)[0], end);
            int next = body.indexOf("\n## ");
            body = next < 0 ? body : body.substring(0, next);
            Map<String, String> fields = new LinkedHashMap<>();
            Matcher row = ROW.matcher(body);
            while (row.find()) {
                fields.put(row.group(1), row.group(2));
            }
            Matcher methods = METHODS.matcher(body);
            List<String> listed = new ArrayList<>();
            if (methods.find()) {
                Matcher code = Pattern.compile("`([^`]+)`").matcher(methods.group(1));
                while (code.find()) {
                    listed.add(code.group(1));
                }
            }
            sections.put(names.get(i), new Section(fields, listed));
        }
        return sections;
    }
}
