package io.kdiag.engine.internal;

import io.kdiag.engine.RuleCompilationException;
import io.kdiag.engine.RuleError;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.drools.drl.parser.ParserError;
import org.kie.api.KieBase;
import org.kie.api.io.ResourceType;
import org.kie.internal.builder.CompositeKnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderError;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.io.ResourceFactory;

/**
 * Compiles playbooks into one Drools {@link KieBase}. All DRL files are compiled together, so a
 * playbook may match the link types another one declares, from any package, by importing them
 * ({@code import io.kdiag.rules.BlockedByMultiAttach;}). Nothing is kept in Drools' global
 * repository: two rule bases never share state.
 *
 * <p>When a file does not parse, Drools goes on to report every declared type of the batch as
 * unresolved, in every other file. Like a compiler that stops after its parse phase, only the
 * errors of the files that do not parse are then reported.
 */
final class RuleBase {

    private static final String NULL_PACKAGE = "Parser returned a null Package";

    private RuleBase() {
    }

    /**
     * Compiles the playbooks, after the shared rules every analysis runs
     * ({@link PlaybookLoader#withShared}).
     *
     * @throws RuleCompilationException naming every error's file, line and column
     */
    static KieBase compile(List<Playbook> playbooks) throws RuleCompilationException {
        return compiled(playbooks).newKieBase();
    }

    /**
     * Compiles the shared rules and the playbooks into a builder that holds their packages and, in its class loader,
     * the classes their declared types and functions became.
     *
     * @throws RuleCompilationException naming every error's file, line and column
     */
    static KnowledgeBuilder compiled(List<Playbook> playbooks) throws RuleCompilationException {
        var configuration = KnowledgeBuilderFactory.newKnowledgeBuilderConfiguration(null,
                RuleBase.class.getClassLoader());
        KnowledgeBuilder builder = KnowledgeBuilderFactory.newKnowledgeBuilder(configuration);
        CompositeKnowledgeBuilder batch = builder.batch();
        Map<String, String> sources = new HashMap<>();
        for (Playbook playbook : PlaybookLoader.withShared(playbooks)) {
            sources.put(playbook.drlPath(), playbook.drl());
            batch.add(ResourceFactory.newByteArrayResource(playbook.drl().getBytes(StandardCharsets.UTF_8))
                    .setSourcePath(playbook.drlPath()), ResourceType.DRL);
        }
        batch.build();
        if (builder.hasErrors()) {
            throw new RuleCompilationException(errors(builder.getErrors(), sources));
        }
        return builder;
    }

    private static List<RuleError> errors(Iterable<KnowledgeBuilderError> reported, Map<String, String> sources) {
        List<KnowledgeBuilderError> all = new ArrayList<>();
        reported.forEach(all::add);
        Set<String> unparsed = new LinkedHashSet<>();
        for (KnowledgeBuilderError error : all) {
            if (isParseError(error)) {
                unparsed.add(file(error));
            }
        }
        Set<RuleError> errors = new LinkedHashSet<>();
        for (KnowledgeBuilderError error : all) {
            String file = file(error);
            boolean noise = NULL_PACKAGE.equals(message(error)) || (!unparsed.isEmpty() && !unparsed.contains(file));
            if (!noise) {
                errors.add(ErrorLocator.locate(file, sources.getOrDefault(file, ""), firstLine(error), message(error)));
            }
        }
        return errors.stream()
                .sorted(Comparator.comparing(RuleError::file).thenComparingInt(RuleError::line)
                        .thenComparingInt(RuleError::column))
                .toList();
    }

    private static boolean isParseError(KnowledgeBuilderError error) {
        return error instanceof ParserError;
    }

    private static String file(KnowledgeBuilderError error) {
        return error.getResource() == null ? "<rules>" : error.getResource().getSourcePath();
    }

    private static int firstLine(KnowledgeBuilderError error) {
        return Arrays.stream(error.getLines()).filter(l -> l > 0).findFirst().orElse(0);
    }

    private static String message(KnowledgeBuilderError error) {
        return error.getMessage() == null ? "error" : error.getMessage().strip();
    }
}
