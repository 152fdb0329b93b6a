package io.kdiag.engine.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.kie.api.KieBase;

/**
 * The bundled playbooks as the build compiled them: read back only for exactly the DRL they were
 * compiled from, and holding the same rules and declared types as compiling that DRL now.
 */
class BundledRuleBaseTest {

    @Test
    void theBuildPrecompiledTheBundledPlaybooksAndTheyHoldTheSameRulesAsTheDrl() throws Exception {
        List<Playbook> bundled = PlaybookLoader.bundled();
        KieBase precompiled = BundledRuleBase.load(bundled).orElseThrow();
        KieBase compiled = RuleBase.compile(bundled);
        assertThat(rulesByPackage(precompiled)).isEqualTo(rulesByPackage(compiled)).isNotEmpty();
        assertThat(typesByPackage(precompiled)).isEqualTo(typesByPackage(compiled));
    }

    @Test
    void aPrecompiledRuleStillNamesItsDrlFileSoThatARunTimeWarningCanPlaceIt() {
        List<Playbook> bundled = PlaybookLoader.bundled();
        List<String> files = PlaybookLoader.withShared(bundled).stream().map(Playbook::drlPath).toList();
        List<String> named = new ArrayList<>();
        BundledRuleBase.load(bundled).orElseThrow().getKiePackages()
                .forEach(p -> p.getRules().forEach(rule -> named.add(ConcludingRule.of(rule).file())));
        assertThat(named).isNotEmpty().allSatisfy(file -> assertThat(file).isIn(files));
    }

    @Test
    void aChangedPlaybookIsNotRunFromTheBuild() {
        List<Playbook> changed = new ArrayList<>(PlaybookLoader.bundled());
        Playbook first = changed.get(0);
        changed.set(0, new Playbook(first.id(), first.origin(), first.drlPath(), first.drl() + "\n// edited\n",
                first.contentPath(), first.contentText(), first.content()));
        assertThat(BundledRuleBase.load(changed)).isEmpty();
        assertThat(BundledRuleBase.load(changed.subList(1, changed.size()))).isEmpty();
    }

    private static Map<String, TreeSet<String>> rulesByPackage(KieBase kieBase) {
        Map<String, TreeSet<String>> rules = new TreeMap<>();
        kieBase.getKiePackages().forEach(p -> p.getRules()
                .forEach(r -> rules.computeIfAbsent(p.getName(), n -> new TreeSet<>()).add(r.getName())));
        return rules;
    }

    private static Map<String, TreeSet<String>> typesByPackage(KieBase kieBase) {
        Map<String, TreeSet<String>> types = new TreeMap<>();
        kieBase.getKiePackages().forEach(p -> p.getFactTypes()
                .forEach(t -> types.computeIfAbsent(p.getName(), n -> new TreeSet<>()).add(t.getName())));
        return types;
    }
}
