package dev.laurel.badges.core.validation;

import dev.laurel.badges.core.model.Identified;
import dev.laurel.badges.core.model.Ref;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * Breaks model records at random places, as an invalid document read into the model would be: blank or
 * non-IRI strings, absent required values, empty lists, out-of-range numbers, broken nested objects.
 * Whatever a record's constructor refuses is left as it was.
 */
public final class RecordMutator {

    /** Strings that break constraints or rules: empty, blank, not IRIs, template syntax, control characters. */
    static final List<String> BAD_STRINGS = List.of("", " ", "\t", "not an iri", "http://", "example.org", ":x",
            "1http://x", "${x}", "{y}", "\u0000", "urn:uuid:1", "https://example.org/a b", "eyJ.x", "a@b", "XXX");

    private final Random random;
    private final double rate;

    /**
     * @param random the source of randomness
     * @param rate the chance that any one value is replaced
     */
    public RecordMutator(Random random, double rate) {
        this.random = random;
        this.rate = rate;
    }

    /**
     * Returns the value with some of the values inside it replaced.
     *
     * @param value a model record (or a value inside one)
     * @return the mutated value, of the same type
     */
    public Object mutate(Object value) {
        if (value instanceof Record record) {
            return mutateRecord(record);
        }
        if (value instanceof Optional<?> optional) {
            if (optional.isPresent() && random.nextDouble() < rate) {
                return Optional.empty();
            }
            return optional.map(this::mutateLeaf);
        }
        if (value instanceof List<?> list) {
            if (!list.isEmpty() && random.nextDouble() < rate) {
                return List.of();
            }
            List<Object> out = new ArrayList<>(list.size());
            for (Object item : list) {
                out.add(mutateLeaf(item));
            }
            return out;
        }
        if (value instanceof Ref<?> ref) {
            if (ref instanceof Ref.Embedded<?> embedded) {
                Object inner = mutate(embedded.value());
                return inner instanceof Identified identified ? Ref.embedded(identified) : ref;
            }
            return random.nextDouble() < rate ? Ref.iri(badString()) : ref;
        }
        return value;
    }

    private Object mutateLeaf(Object value) {
        if (value instanceof String && random.nextDouble() < rate) {
            return badString();
        }
        if (value instanceof BigDecimal && random.nextDouble() < rate) {
            return BigDecimal.valueOf(random.nextInt(1000) - 500);
        }
        return mutate(value);
    }

    private String badString() {
        return BAD_STRINGS.get(random.nextInt(BAD_STRINGS.size()));
    }

    private Object mutateRecord(Record record) {
        RecordComponent[] components = record.getClass().getRecordComponents();
        Object[] values = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
            try {
                components[i].getAccessor().setAccessible(true);
                values[i] = components[i].getAccessor().invoke(record);
            } catch (ReflectiveOperationException e) {
                return record;
            }
            values[i] = mutateLeaf(values[i]);
        }
        try {
            Constructor<?> canonical = record.getClass().getDeclaredConstructor(types);
            canonical.setAccessible(true);
            return canonical.newInstance(values);
        } catch (InvocationTargetException refused) {
            // The constructor's own invariants (non-null, a timestamp's form) reject this mutation.
            return record;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(Arrays.toString(types), e);
        }
    }
}
