/**
 * kdiag's facts: the records rules match (Kubernetes objects, typed signals, what rules
 * conclude) and the loading of snapshots into them. Every exported package is API: the fact
 * types are what playbooks are written against, and {@code io.kdiag.facts.snapshot} exports only
 * its public entry points ({@code SnapshotLoader}, {@code Snapshot}, limits, warnings, the
 * capture manifest); the loader's parts are package-private there. The recognisers that derive
 * the signals from events and log lines ({@code io.kdiag.facts.recognise}) are the loader's, and
 * not exported.
 *
 * <p>Drools compiles each rule into classes of its own class loader, outside any named module;
 * they reach the facts through their public methods, which the exports allow. The fact packages
 * are open as well, so that a Drools or MVEL path that reflects more deeply (none of the bundled
 * playbooks needs one) still works on a module path. Jackson reads and writes the capture
 * manifest.
 */
module io.kdiag.facts {
    requires transitive kubernetes.model.core;
    requires kubernetes.model.apps;
    requires kubernetes.model.events;
    requires kubernetes.model.storageclass;
    requires kubernetes.client.api;
    requires com.fasterxml.jackson.annotation;
    requires com.fasterxml.jackson.core;
    requires com.fasterxml.jackson.databind;
    requires com.fasterxml.jackson.dataformat.yaml;
    requires org.yaml.snakeyaml;
    requires org.apache.commons.compress;

    exports io.kdiag.facts;
    exports io.kdiag.facts.chain;
    exports io.kdiag.facts.lock;
    exports io.kdiag.facts.signal;
    exports io.kdiag.facts.snapshot;

    opens io.kdiag.facts;
    opens io.kdiag.facts.chain;
    opens io.kdiag.facts.lock;
    opens io.kdiag.facts.signal;
    opens io.kdiag.facts.snapshot to com.fasterxml.jackson.databind;
}
