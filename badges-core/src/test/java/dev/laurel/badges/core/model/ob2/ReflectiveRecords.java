package dev.laurel.badges.core.model.ob2;

import dev.laurel.badges.core.json.JsonObject;
import dev.laurel.badges.core.json.JsonValue;
import dev.laurel.badges.core.model.Extensions;
import dev.laurel.badges.core.model.Identified;
import dev.laurel.badges.core.model.Ref;
import dev.laurel.badges.core.model.Timestamp;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

/** Builds and copies the OB 2.0 records reflectively, as the JSON codec does. */
final class ReflectiveRecords {

    /** Every record of the model.ob2 package; {@code Ob2ModelConventionsTest} checks the list is complete. */
    static final List<Class<? extends Record>> RECORDS = List.of(
            Assertion.class, BadgeClass.class, Profile.class, IdentityObject.class, VerificationObject.class,
            Evidence.class, Image.class, Criteria.class, AlignmentObject.class, RevocationList.class,
            RevokedAssertion.class, CryptographicKey.class, Endorsement.class, EndorsementClaim.class);

    /** Strings that have tripped validators: empty, blank, message-template syntax, near-miss forms. */
    private static final List<String> TRICKY = List.of("", " ", "${x}", "{y}", "\\", "data:", "data:image/jpeg,x",
            "sha256$", "md5$zz", "https://example.org/a", "urn:uuid:1", "@", "a@b", "+1", "\u0000", "\ud83d\ude00",
            "example.org", "http://", "x".repeat(300));

    private ReflectiveRecords() {
    }

    static <R extends Record> R construct(Class<R> type, Object... args) {
        try {
            return canonical(type).newInstance(args);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    static <R extends Record> Constructor<R> canonical(Class<R> type) {
        Class<?>[] types = Arrays.stream(type.getRecordComponents()).map(RecordComponent::getType)
                .toArray(Class<?>[]::new);
        try {
            return type.getDeclaredConstructor(types);
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(e);
        }
    }

    static Object[] components(Record record) {
        RecordComponent[] components = record.getClass().getRecordComponents();
        Object[] values = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            try {
                values[i] = components[i].getAccessor().invoke(record);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        return values;
    }

    @SuppressWarnings("unchecked")
    static <R extends Record> R copyWith(R record, String component, Object value) {
        RecordComponent[] components = record.getClass().getRecordComponents();
        Object[] values = components(record);
        for (int i = 0; i < components.length; i++) {
            if (components[i].getName().equals(component)) {
                values[i] = value;
                return construct((Class<R>) record.getClass(), values);
            }
        }
        throw new IllegalArgumentException("no component " + component);
    }

    /** Arguments for the canonical constructor, every list with one mutable element, every Optional full. */
    static Object[] sampleArguments(Class<? extends Record> type, Random random, int depth) {
        RecordComponent[] components = type.getRecordComponents();
        Object[] values = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            values[i] = sample(components[i].getGenericType(), random, depth);
        }
        return values;
    }

    static Object sample(Type type, Random random, int depth) {
        if (type instanceof ParameterizedType p) {
            Class<?> raw = (Class<?>) p.getRawType();
            Type arg = p.getActualTypeArguments()[0];
            if (raw == Optional.class) {
                return depth <= 0 && random.nextBoolean() ? Optional.empty() : Optional.of(sample(arg, random, depth));
            }
            if (raw == List.class) {
                List<Object> list = new ArrayList<>();
                int size = depth <= 0 ? 0 : 1 + random.nextInt(2);
                for (int i = 0; i < size; i++) {
                    list.add(sample(arg, random, depth));
                }
                return list;
            }
            if (raw == Ref.class) {
                Class<?> target = (Class<?>) p.getActualTypeArguments()[0];
                if (depth > 0 && random.nextBoolean()) {
                    return Ref.embedded((Identified) sampleRecord(target.asSubclass(Record.class), random,
                            depth - 1));
                }
                return Ref.iri("https://example.org/" + random.nextInt(1000));
            }
            throw new IllegalArgumentException("unexpected type " + type);
        }
        Class<?> c = (Class<?>) type;
        if (c == String.class) {
            return random.nextInt(3) == 0 ? TRICKY.get(random.nextInt(TRICKY.size())) : "s" + random.nextInt(1000);
        }
        if (c == Boolean.class) {
            return random.nextBoolean();
        }
        if (c == Integer.class) {
            return random.nextInt();
        }
        if (c == BigDecimal.class) {
            return BigDecimal.valueOf(random.nextInt(), 2);
        }
        if (c == Timestamp.class) {
            return Timestamp.of(Instant.ofEpochSecond(random.nextInt(Integer.MAX_VALUE)));
        }
        if (c == JsonValue.class) {
            return JsonValue.of("v" + random.nextInt(10));
        }
        if (c == Extensions.class) {
            return random.nextBoolean() ? Extensions.NONE
                    : new Extensions(JsonObject.builder().put("schema:comment", "x").build(), Set.of("type"));
        }
        if (c.isRecord()) {
            return sampleRecord(c.asSubclass(Record.class), random, depth - 1);
        }
        throw new IllegalArgumentException("unexpected type " + type);
    }

    static Record sampleRecord(Class<? extends Record> type, Random random, int depth) {
        return construct(type, sampleArguments(type, random, depth));
    }
}
