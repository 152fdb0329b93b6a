package io.kdiag.facts.recognise;

import java.util.Arrays;
import java.util.List;

/**
 * Reads the names in a list as Kubernetes prints it in a message: separated by commas or spaces,
 * perhaps in brackets, each perhaps quoted ({@code [node-1 node-2]}, {@code "web-0", "web-1"}).
 */
final class NameLists {

    private NameLists() {
    }

    /** The names, without brackets and quotes, in their order. */
    static List<String> of(String list) {
        return Arrays.stream(list.split("[,\\s]+"))
                .map(s -> s.replaceAll("[\\[\\]\"']", ""))
                .filter(s -> !s.isEmpty())
                .toList();
    }
}
