package io.kdiag.engine.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills {@code {name}} placeholders in content texts with the values a rule bound.
 *
 * <p>{@code {{} and {@code }}} write literal braces. A value may be a list: in a command
 * template the command is then repeated once per element; in prose the elements are joined
 * with commas. A placeholder without a value is an error, so no report ever shows one.
 */
final class Template {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{|}}|\\{([A-Za-z][A-Za-z0-9]*)}");

    private Template() {
    }

    /** The names the text's placeholders use, in order, repeats included. */
    static List<String> names(String text) {
        List<String> names = new ArrayList<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            if (m.group(1) != null) {
                names.add(m.group(1));
            }
        }
        return names;
    }

    /** The text with every placeholder filled; lists are joined with {@code ", "}. */
    static String fill(String text, Map<String, ?> values) {
        return replace(text, name -> {
            Object value = values.get(name);
            if (value == null) {
                throw new IllegalStateException("no value for {" + name + "} in: " + text);
            }
            return value instanceof List<?> list ? String.join(", ", list.stream().map(String::valueOf).toList())
                    : String.valueOf(value);
        });
    }

    /** The command once per element of the (one) list value it names, or once if it names none. */
    static List<String> expand(String command, Map<String, ?> values) {
        List<?> list = null;
        String listName = null;
        Matcher m = PLACEHOLDER.matcher(command);
        while (m.find()) {
            if (m.group(1) != null && values.get(m.group(1)) instanceof List<?> l) {
                if (listName != null && !listName.equals(m.group(1))) {
                    throw new IllegalStateException("a command may repeat over one list only: " + command);
                }
                list = l;
                listName = m.group(1);
            }
        }
        if (list == null) {
            return List.of(fill(command, values));
        }
        List<String> commands = new ArrayList<>(list.size());
        for (Object element : list) {
            Map<String, Object> one = new java.util.HashMap<>(values);
            one.put(listName, String.valueOf(element));
            commands.add(fill(command, one));
        }
        return commands;
    }

    private static String replace(String text, java.util.function.Function<String, String> lookup) {
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder(text.length() + 32);
        while (m.find()) {
            String token = m.group();
            String replacement = token.equals("{{") ? "{" : token.equals("}}") ? "}" : lookup.apply(m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }
}
