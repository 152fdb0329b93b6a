package io.kdiag.cli;

import java.util.Iterator;
import java.util.List;
import java.util.function.Function;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * An option whose value is one constant of an enum, named by its contract label in any case
 * ({@code json}, {@code HIGH}). The same object gives picocli the labels for help and shell
 * completion, so both come from the enum and cannot drift from it. Anything else is a usage error
 * that lists the labels.
 *
 * @param <E> the enum
 */
abstract class LabelledChoice<E extends Enum<E>> implements ITypeConverter<E>, Iterable<String> {

    private final List<E> choices;
    private final Function<E, String> label;
    private final String noun;
    private final String hint;

    /**
     * @param choices the enum's constants, in the order help lists them
     * @param label the contract's name of a constant
     * @param noun what a constant is, for the error ("report format")
     * @param hint what to say after the list of labels, or an empty string
     */
    LabelledChoice(E[] choices, Function<E, String> label, String noun, String hint) {
        this.choices = List.of(choices);
        this.label = label;
        this.noun = noun;
        this.hint = hint;
    }

    @Override
    public E convert(String value) {
        return choices.stream().filter(choice -> label.apply(choice).equalsIgnoreCase(value)).findFirst()
                .orElseThrow(() -> new TypeConversionException("'" + value + "' is not a " + noun + " ("
                        + String.join(", ", this) + ")" + hint));
    }

    @Override
    public Iterator<String> iterator() {
        return choices.stream().map(label).iterator();
    }
}
