package io.kdiag.engine.internal;

import io.kdiag.engine.RuleCompilationException;
import io.kdiag.engine.RuleError;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kie.api.KieBase;
import org.kie.api.io.ResourceType;
import org.kie.internal.builder.CompositeKnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderError;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.io.ResourceFactory;

/**
 * Compiles playbooks into one Drools {@link KieBase}. All DRL files are compiled together, so a
 * playbook may match the link types another one declares. Nothing is kept in Drools' global
 * repository: two rule bases never share state.
 */
public final class RuleBase {

    private static final Pattern LINE_COLUMN = Pattern.compile("[Ll]ine (\\d+):(\\d+)");

    private RuleBase() {
    }

    /**
     * Compiles the playbooks.
     *
     * @throws RuleCompilationException naming every error's file, line and column
     */
    public static KieBase compile(List<Playbook> playbooks) throws RuleCompilationException {
        var configuration = KnowledgeBuilderFactory.newKnowledgeBuilderConfiguration(null,
                RuleBase.class.getClassLoader());
        KnowledgeBuilder builder = KnowledgeBuilderFactory.newKnowledgeBuilder(configuration);
        CompositeKnowledgeBuilder batch = builder.batch();
        for (Playbook playbook : playbooks) {
            batch.add(ResourceFactory.newByteArrayResource(playbook.drl().getBytes(StandardCharsets.UTF_8))
                    .setSourcePath(playbook.drlPath()), ResourceType.DRL);
        }
        batch.build();
        if (builder.hasErrors()) {
            List<RuleError> errors = new ArrayList<>();
            for (KnowledgeBuilderError error : builder.getErrors()) {
                errors.add(toRuleError(error));
            }
            throw new RuleCompilationException(errors);
        }
        return builder.newKieBase();
    }

    private static RuleError toRuleError(KnowledgeBuilderError error) {
        String file = error.getResource() == null ? "<rules>" : error.getResource().getSourcePath();
        String message = error.getMessage() == null ? "error" : error.getMessage().strip();
        int line = Arrays.stream(error.getLines()).filter(l -> l > 0).findFirst().orElse(0);
        int column = 0;
        Matcher m = LINE_COLUMN.matcher(message);
        if (m.find()) {
            line = line == 0 ? Integer.parseInt(m.group(1)) : line;
            column = Integer.parseInt(m.group(2)) + 1;
        }
        return new RuleError(file, line, column, message.lines().findFirst().orElse(message).strip());
    }
}
