package org.sendpmo.pack;

import java.lang.reflect.Array;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZoneId;
import java.time.temporal.TemporalAccessor;
import java.time.temporal.TemporalAmount;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One text for a value, the same whatever the JVM, so that its SHA-256 names the value: the inputs a
 * build read are recorded in its manifest by these hashes.
 *
 * <p>Compact JSON: a record is an object of its components in name order; a map an object in key
 * order; a set an array in the order of its members' canonical text (a {@code Set.of} iterates in an
 * order that changes from one JVM to the next); a list or array in its own order; an enum its name;
 * a {@link BigDecimal} its plain digits with its scale; a date, time or duration its ISO text. Any other
 * type is refused rather than written in a form that might not be stable.
 */
public final class CanonicalJson {

    /** Stands for a null map value while the entries are sorted. */
    private static final Object NULL = new Object();

    private CanonicalJson() {
    }

    public static String of(Object value) {
        Out out = new Out(null);
        write(value, out);
        return out.text.toString();
    }

    /**
     * SHA-256 (lower-case hex) of the canonical text in UTF-8. The text is hashed as it is written, never held
     * whole: a build's returns at 10,000 projects are hundreds of megabytes of it.
     */
    public static String sha256(Object value) {
        try {
            Out out = new Out(MessageDigest.getInstance("SHA-256"));
            write(value, out);
            return out.hex();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    /** Where the canonical text goes: kept whole for {@link #of}, or fed to a digest in chunks for {@link #sha256}. */
    private static final class Out {
        private static final int CHUNK = 64 * 1024;
        private final StringBuilder text = new StringBuilder();
        private final MessageDigest digest;

        Out(MessageDigest digest) {
            this.digest = digest;
        }

        Out append(char c) {
            text.append(c);
            return drainWhenFull();
        }

        Out append(Object value) {
            text.append(value);
            return drainWhenFull();
        }

        private Out drainWhenFull() {
            if (digest != null && text.length() >= CHUNK) {
                drain();
            }
            return this;
        }

        private void drain() {
            int end = text.length();
            if (end > 0 && Character.isHighSurrogate(text.charAt(end - 1))) {
                end--; // a surrogate pair is encoded together, so its first half waits for its second
            }
            digest.update(text.substring(0, end).getBytes(StandardCharsets.UTF_8));
            text.delete(0, end);
        }

        String hex() {
            drain();
            return HexFormat.of().formatHex(digest.digest());
        }
    }

    private static void write(Object value, Out out) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof CharSequence || value instanceof Character) {
            string(value.toString(), out);
        } else if (value instanceof Boolean || value instanceof Integer || value instanceof Long
                || value instanceof Short || value instanceof Byte || value instanceof Double || value instanceof Float) {
            out.append(value);
        } else if (value instanceof BigDecimal) {
            out.append(((BigDecimal) value).toPlainString());
        } else if (value instanceof Enum<?>) {
            string(((Enum<?>) value).name(), out);
        } else if (value instanceof TemporalAccessor || value instanceof TemporalAmount || value instanceof ZoneId) {
            string(value.toString(), out);
        } else if (value instanceof Optional<?>) {
            write(((Optional<?>) value).orElse(null), out);
        } else if (value instanceof Record) {
            record((Record) value, out);
        } else if (value instanceof Map<?, ?>) {
            map((Map<?, ?>) value, out);
        } else if (value instanceof Set<?>) {
            List<String> members = new ArrayList<>();
            for (Object member : (Set<?>) value) {
                members.add(of(member));
            }
            members.sort(Comparator.naturalOrder());
            out.append('[').append(String.join(",", members)).append(']');
        } else if (value instanceof Collection<?>) {
            array(((Collection<?>) value).toArray(), out);
        } else if (value.getClass().isArray()) {
            Object[] items = new Object[Array.getLength(value)];
            for (int i = 0; i < items.length; i++) {
                items[i] = Array.get(value, i);
            }
            array(items, out);
        } else {
            throw new IllegalArgumentException("No canonical form for " + value.getClass().getName());
        }
    }

    /** One component of a record type: its name written as JSON once, and its accessor, opened once. */
    private record Component(String quotedName, Method accessor) {
    }

    /**
     * Each record type's components in name order, worked out once per type: a build's inputs are hundreds of
     * thousands of records of a few types, and looking the components up and sorting them for each record
     * was a large part of hashing them.
     */
    private static final ClassValue<Component[]> COMPONENTS = new ClassValue<>() {
        @Override
        protected Component[] computeValue(Class<?> type) {
            RecordComponent[] components = type.getRecordComponents().clone();
            java.util.Arrays.sort(components, Comparator.comparing(RecordComponent::getName));
            Component[] sorted = new Component[components.length];
            for (int i = 0; i < components.length; i++) {
                Method accessor = components[i].getAccessor();
                accessor.setAccessible(true); // records nested in a non-public class
                Out name = new Out(null);
                string(components[i].getName(), name);
                sorted[i] = new Component(name.text.toString(), accessor);
            }
            return sorted;
        }
    };

    private static void record(Record value, Out out) {
        Component[] components = COMPONENTS.get(value.getClass());
        out.append('{');
        for (int i = 0; i < components.length; i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(components[i].quotedName()).append(':');
            write(read(value, components[i].accessor()), out);
        }
        out.append('}');
    }

    static Object read(Record value, Method accessor) {
        try {
            if (!accessor.canAccess(value)) {
                accessor.setAccessible(true); // records nested in a non-public class
            }
            return accessor.invoke(value);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("Cannot read " + accessor, e);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("Reading " + accessor + " failed", e.getCause());
        }
    }

    private static void map(Map<?, ?> value, Out out) {
        List<Map.Entry<String, Object>> entries = new ArrayList<>();
        for (Map.Entry<?, ?> e : value.entrySet()) {
            Object key = e.getKey();
            String name = key instanceof CharSequence ? key.toString()
                    : key instanceof Enum<?> ? ((Enum<?>) key).name() : of(key);
            entries.add(Map.entry(name, e.getValue() == null ? NULL : e.getValue()));
        }
        entries.sort(Map.Entry.comparingByKey());
        out.append('{');
        for (int i = 0; i < entries.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            string(entries.get(i).getKey(), out);
            out.append(':');
            Object v = entries.get(i).getValue();
            write(v == NULL ? null : v, out);
        }
        out.append('}');
    }


    private static void array(Object[] items, Out out) {
        out.append('[');
        for (int i = 0; i < items.length; i++) {
            if (i > 0) {
                out.append(',');
            }
            write(items[i], out);
        }
        out.append(']');
    }

    /** A JSON string: quotes, backslashes and control characters escaped; everything else as it is. */
    static void string(String s, Out out) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
