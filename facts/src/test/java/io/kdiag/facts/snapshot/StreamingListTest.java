package io.kdiag.facts.snapshot;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A {@code kind: List} is read one item at a time: each item is handed on as soon as it is read,
 * long before the List ends, whatever its size. The List here is generated while it is read, so
 * it is never on disk nor in memory as a whole: 300 MiB of JSON, over the 256 MiB document cap
 * earlier builds refused silently.
 */
class StreamingListTest {

    private static final long OLD_CAP_CHARS = 256L << 20;

    @Test
    void aJsonListOverTheOldDocumentCapIsReadItemByItem() throws IOException {
        GeneratedList list = new GeneratedList(true, 300L << 20);
        List<Long> charsReadAtItem = new ArrayList<>();
        long[] count = {0};
        List<SnapshotWarning> warnings = new ArrayList<>();

        new DocumentReader(ParseLimits.DEFAULT).read(new BufferedReader(list, 1 << 16), "all.json", raw -> {
            if (count[0]++ < 3) {
                charsReadAtItem.add(list.produced());
            }
            assertThat(raw.tree().path("metadata").has("managedFields")).isFalse();
        }, warnings::add);

        assertThat(warnings).isEmpty();
        assertThat(list.produced()).isGreaterThan(OLD_CAP_CHARS);
        assertThat(count[0]).isEqualTo(list.items());
        assertThat(charsReadAtItem).allSatisfy(chars -> assertThat(chars).isLessThan(1 << 20));
    }

    @Test
    void aYamlListIsReadItemByItemWithTheLineOfEachItem() throws IOException {
        GeneratedList list = new GeneratedList(false, 8L << 20);
        List<String> sources = new ArrayList<>();
        List<Long> charsReadAtItem = new ArrayList<>();

        int documents = new DocumentReader(ParseLimits.DEFAULT).read(new BufferedReader(list, 1 << 16), "all.yaml",
                raw -> {
                    if (sources.size() < 3) {
                        charsReadAtItem.add(list.produced());
                    }
                    sources.add(raw.source());
                }, w -> {
                    throw new AssertionError(w.toString());
                });

        assertThat(documents).isEqualTo(1);
        assertThat(sources).hasSize((int) list.items());
        assertThat(sources.subList(0, 3)).containsExactly("all.yaml:4", "all.yaml:10", "all.yaml:16");
        assertThat(charsReadAtItem).allSatisfy(chars -> assertThat(chars).isLessThan(1 << 20));
    }

    /**
     * A {@code kubectl get -o json|yaml} List of ConfigMaps, written as it is read: items first,
     * then kind (as {@code kubectl} orders them), each item with managed fields.
     */
    private static final class GeneratedList extends Reader {
        private final boolean json;
        private final long target;
        private final StringBuilder pending = new StringBuilder();
        private long produced;
        private long items;
        private boolean ended;

        GeneratedList(boolean json, long target) {
            this.json = json;
            this.target = target;
            pending.append(json ? "{\"apiVersion\": \"v1\", \"items\": [\n" : "apiVersion: v1\nkind: List\nitems:\n");
        }

        long produced() {
            return produced;
        }

        long items() {
            return items;
        }

        @Override
        public int read(char[] buffer, int offset, int length) {
            while (pending.length() < length && !ended) {
                next();
            }
            if (pending.isEmpty()) {
                return -1;
            }
            int n = Math.min(length, pending.length());
            pending.getChars(0, n, buffer, offset);
            pending.delete(0, n);
            produced += n;
            return n;
        }

        private void next() {
            if (produced + pending.length() >= target) {
                pending.append(json ? "\n], \"kind\": \"List\", \"metadata\": {\"resourceVersion\": \"\"}}\n" : "");
                ended = true;
                return;
            }
            long i = items++;
            if (json) {
                pending.append(i == 0 ? "" : ",\n").append("{\"apiVersion\": \"v1\", \"kind\": \"ConfigMap\", ")
                        .append("\"metadata\": {\"name\": \"settings-").append(i).append("\", \"namespace\": \"team-")
                        .append(i % 50).append("\", \"managedFields\": [{\"manager\": \"kubectl\"}]}, ")
                        .append("\"data\": {\"k\": \"").append("v".repeat(900)).append("\"}}");
            } else {
                pending.append("- apiVersion: v1\n  kind: ConfigMap\n  metadata:\n    name: settings-").append(i)
                        .append("\n    namespace: team-").append(i % 50).append("\n  data: {k: v}\n");
            }
        }

        @Override
        public void close() {
            // nothing to release
        }
    }
}
