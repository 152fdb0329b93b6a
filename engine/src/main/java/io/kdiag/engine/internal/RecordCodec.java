package io.kdiag.engine.internal;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes a record and everything it holds to bytes and reads it back, by the types its components
 * declare: records, {@code String}, {@code Boolean}, {@code Integer}, {@code Long}, {@code Double},
 * enums, {@code List<T>} and {@code Map<String, T>}, each possibly {@code null}. A record is read
 * back through its canonical constructor, so whatever the constructor does to its components
 * (copies, defaults) is done again. Nothing has to be {@code Serializable}, and a component added
 * to a record of these kinds needs nothing here.
 *
 * <p>{@link #shape()} names every type reached from the root and every enum constant, so that
 * bytes written for another shape of the records are told apart before they are read.
 */
final class RecordCodec {

    private final Class<?> root;

    /** A codec for records of the class given and what they hold. */
    RecordCodec(Class<?> root) {
        this.root = root;
    }

    /** The types reached from the root record, each with its components or constants, one per line. */
    String shape() {
        StringBuilder shape = new StringBuilder();
        describe(root, new LinkedHashSet<>(), shape);
        return shape.toString();
    }

    /** Writes a root record. */
    void write(Object value, DataOutput out) throws IOException {
        write(value, root, out);
    }

    /** Reads a root record back. */
    Object read(DataInput in) throws IOException {
        return read(root, in);
    }

    private static void describe(Type type, Set<Type> seen, StringBuilder shape) {
        if (!seen.add(type)) {
            return;
        }
        if (type instanceof ParameterizedType parameterized) {
            for (Type argument : parameterized.getActualTypeArguments()) {
                describe(argument, seen, shape);
            }
        } else if (type instanceof Class<?> cls && cls.isRecord()) {
            shape.append(cls.getName()).append('(');
            for (RecordComponent component : cls.getRecordComponents()) {
                shape.append(component.getName()).append(':').append(component.getGenericType().getTypeName()).append(';');
                describe(component.getGenericType(), seen, shape);
            }
            shape.append(")\n");
        } else if (type instanceof Class<?> cls && cls.isEnum()) {
            shape.append(cls.getName()).append(Arrays.toString(cls.getEnumConstants())).append('\n');
        }
    }

    private static void write(Object value, Type type, DataOutput out) throws IOException {
        out.writeBoolean(value != null);
        if (value == null) {
            return;
        }
        Class<?> raw = raw(type);
        if (raw == String.class) {
            writeText((String) value, out);
        } else if (raw == Boolean.class || raw == boolean.class) {
            out.writeBoolean((Boolean) value);
        } else if (raw == Integer.class || raw == int.class) {
            out.writeInt((Integer) value);
        } else if (raw == Long.class || raw == long.class) {
            out.writeLong((Long) value);
        } else if (raw == Double.class || raw == double.class) {
            out.writeDouble((Double) value);
        } else if (raw.isEnum()) {
            writeText(((Enum<?>) value).name(), out);
        } else if (raw == List.class) {
            List<?> list = (List<?>) value;
            out.writeInt(list.size());
            for (Object element : list) {
                write(element, argument(type, 0), out);
            }
        } else if (raw == Map.class) {
            Map<?, ?> map = (Map<?, ?>) value;
            out.writeInt(map.size());
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                writeText((String) entry.getKey(), out);
                write(entry.getValue(), argument(type, 1), out);
            }
        } else if (raw.isRecord()) {
            for (RecordComponent component : raw.getRecordComponents()) {
                try {
                    write(component.getAccessor().invoke(value), component.getGenericType(), out);
                } catch (IllegalAccessException | InvocationTargetException e) {
                    throw new IllegalStateException("cannot read " + raw.getName() + "." + component.getName(), e);
                }
            }
        } else {
            throw new IllegalArgumentException("no bytes for a " + type.getTypeName() + ": add it to " + RecordCodec.class.getName());
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object read(Type type, DataInput in) throws IOException {
        if (!in.readBoolean()) {
            return null;
        }
        Class<?> raw = raw(type);
        if (raw == String.class) {
            return readText(in);
        } else if (raw == Boolean.class || raw == boolean.class) {
            return in.readBoolean();
        } else if (raw == Integer.class || raw == int.class) {
            return in.readInt();
        } else if (raw == Long.class || raw == long.class) {
            return in.readLong();
        } else if (raw == Double.class || raw == double.class) {
            return in.readDouble();
        } else if (raw.isEnum()) {
            return Enum.valueOf((Class<? extends Enum>) raw, readText(in));
        } else if (raw == List.class) {
            int size = in.readInt();
            List<Object> list = new ArrayList<>(size);
            for (int i = 0; i < size; i++) {
                list.add(read(argument(type, 0), in));
            }
            return list;
        } else if (raw == Map.class) {
            int size = in.readInt();
            Map<String, Object> map = new LinkedHashMap<>();
            for (int i = 0; i < size; i++) {
                map.put(readText(in), read(argument(type, 1), in));
            }
            return map;
        } else if (raw.isRecord()) {
            return readRecord(raw, in);
        }
        throw new IllegalArgumentException("no bytes for a " + type.getTypeName());
    }

    private static Object readRecord(Class<?> record, DataInput in) throws IOException {
        RecordComponent[] components = record.getRecordComponents();
        Object[] values = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            values[i] = read(components[i].getGenericType(), in);
            types[i] = components[i].getType();
        }
        try {
            Constructor<?> constructor = record.getDeclaredConstructor(types);
            return constructor.newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot make a " + record.getName(), e);
        }
    }

    private static Class<?> raw(Type type) {
        return type instanceof ParameterizedType parameterized ? (Class<?>) parameterized.getRawType() : (Class<?>) type;
    }

    private static Type argument(Type type, int index) {
        return ((ParameterizedType) type).getActualTypeArguments()[index];
    }

    /** A text of any length ({@link DataOutput#writeUTF} stops at 64 KB). */
    private static void writeText(String text, DataOutput out) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static String readText(DataInput in) throws IOException {
        byte[] bytes = new byte[in.readInt()];
        in.readFully(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
