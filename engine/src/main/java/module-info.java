/**
 * kdiag's engine, the library API: {@code io.kdiag.engine.Kdiag} builds the knowledge base and
 * analyses snapshots into the report model ({@code report}), which the renderers write
 * ({@code render}); live capture ({@code capture}) and the playbook test kit ({@code testkit})
 * are API too. {@code io.kdiag.engine.internal} (playbook loading, Drools, sessions, ranking) is
 * not exported: no Drools type is part of the API.
 *
 * <p>The bundled playbooks are class-path resources of the {@code kdiag-rules} jar, which holds no
 * classes and is read as the automatic module {@code io.kdiag.rules}. Jackson reflects over the
 * report (to write it) and over the playbooks' content files and a case's {@code expect.yaml}
 * (to read them).
 */
module io.kdiag.engine {
    requires transitive io.kdiag.facts;
    requires transitive com.fasterxml.jackson.annotation;
    requires org.kie.api;
    requires org.kie.internal.api;
    requires org.drools.base;
    requires org.drools.core;
    requires org.drools.compiler;
    requires org.drools.drl.parser;
    requires org.drools.kiesession;
    requires org.drools.wiring.api;
    requires kubernetes.client.api;
    requires kubernetes.model.storageclass;
    requires com.fasterxml.jackson.core;
    requires com.fasterxml.jackson.databind;
    requires com.fasterxml.jackson.dataformat.yaml;
    requires org.apache.commons.compress;
    requires org.slf4j;
    requires java.xml;

    exports io.kdiag.engine;
    exports io.kdiag.engine.capture;
    exports io.kdiag.engine.render;
    exports io.kdiag.engine.report;
    exports io.kdiag.engine.testkit;

    opens io.kdiag.engine.report to com.fasterxml.jackson.databind;
    opens io.kdiag.engine.internal to com.fasterxml.jackson.databind;
    opens io.kdiag.engine.testkit to com.fasterxml.jackson.databind;
}
