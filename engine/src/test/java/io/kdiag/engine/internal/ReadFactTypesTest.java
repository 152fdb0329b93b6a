package io.kdiag.engine.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.kie.api.KieBase;

/** Which facts a knowledge base's patterns can read, so that the others stay out of the session. */
class ReadFactTypesTest {

    @ParameterizedTest(name = "{0}: a String is read {1}, an Integer {2}")
    @CsvSource(delimiter = '|', textBlock = """
            String()                                          | true  | false
            CharSequence()                                    | true  | false
            Number()                                          | false | true
            Object()                                          | true  | true
            Long()                                            | false | false
            accumulate(Integer(); $n : count(); $n > 1)       | false | true
            not String(length > 3)                            | true  | false
            """)
    void aFactIsReadWhenAPatternTakesItsClassOrASupertype(String pattern, boolean stringRead, boolean integerRead)
            throws Exception {
        ReadFactTypes read = new ReadFactTypes(ruleBase("rule \"r\" when " + pattern + " then end"));
        assertThat(read.isRead("text")).isEqualTo(stringRead);
        assertThat(read.isRead(42)).isEqualTo(integerRead);
    }

    @ParameterizedTest(name = "a query reads {0}")
    @CsvSource({"Integer()", "Number()"})
    void aQueryReadsTheFactsOfItsPattern(String pattern) throws Exception {
        ReadFactTypes read = new ReadFactTypes(ruleBase("query \"q\" " + pattern + " end"));
        assertThat(read.isRead(42)).isTrue();
        assertThat(read.isRead("text")).isFalse();
    }

    private static KieBase ruleBase(String body) throws Exception {
        String drl = "package com.example.read;\n\n" + body + "\n";
        return RuleBase.compile(List.of(new Playbook("read", "test", "read.drl", drl, "read.yaml", "",
                PlaybookContent.empty())));
    }
}
