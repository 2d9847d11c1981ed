package dev.laurel.badges.json;

import dev.laurel.badges.core.JsonPointers;
import dev.laurel.badges.json.internal.JsonValues;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.laurel.badges.core.Problem;
import dev.laurel.badges.core.json.JsonObject;
import dev.laurel.badges.core.json.JsonValue;
import dev.laurel.badges.core.model.Extensions;
import dev.laurel.badges.core.model.Ref;
import dev.laurel.badges.core.model.Term;
import dev.laurel.badges.core.model.Timestamp;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Maps JSON trees to model records and back, for any record that follows the model conventions
 * (see {@code dev.laurel.badges.core.model}): one component per JSON property ({@code context} for
 * {@code @context}), {@code Optional} singular and {@code List} plural properties, and a last
 * {@code Extensions} component.
 *
 * <p>Reading never fails on content: a value of the wrong JSON type, a {@code null} or an empty array
 * is kept as written in the extensions (so it is written back unchanged) and reported as a problem
 * when it is of the wrong type. Record metadata is computed once per class. Thread-safe.
 */
final class ModelCodec {

    private static final ModelCodec INSTANCE = new ModelCodec();
    private static final Object MISMATCH = new Object();

    private final ClassValue<RecordInfo> infos = new ClassValue<>() {
        @Override
        protected RecordInfo computeValue(Class<?> type) {
            return RecordInfo.of(type);
        }
    };

    private ModelCodec() {
    }

    /**
     * Returns the shared codec.
     *
     * @return the codec
     */
    public static ModelCodec instance() {
        return INSTANCE;
    }

    /**
     * Reads a record from a JSON object.
     *
     * @param type the record class
     * @param node the object
     * @param pointer the JSON Pointer of {@code node} in its document, for problems
     * @param problems where wrong-typed values are reported
     * @param <T> the record type
     * @return the record
     */
    public <T> T read(Class<T> type, ObjectNode node, String pointer, List<Problem> problems) {
        return type.cast(readRecord(infos.get(type), node, new Path(null, pointer), problems));
    }

    /**
     * Writes a record as a JSON object.
     *
     * @param value the record
     * @return the object
     */
    public ObjectNode write(Object value) {
        return writeRecord(infos.get(value.getClass()), value);
    }

    /**
     * Tells whether a class follows the model conventions and can be read and written.
     *
     * @param type the class
     * @return {@code true} if it is a model record
     */
    public boolean supports(Class<?> type) {
        if (!type.isRecord()) {
            return false;
        }
        try {
            infos.get(type);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private Object readRecord(RecordInfo info, ObjectNode node, Path path, List<Problem> problems) {
        Object[] args = new Object[info.components.length];
        LinkedHashMap<String, JsonValue> unknown = null;
        Set<String> compacted = null;
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> member = it.next();
            String name = member.getKey();
            JsonNode value = member.getValue();
            Component c = info.byJsonName.get(name);
            Object read = MISMATCH;
            boolean keepRaw = c == null;
            if (c != null) {
                if (c.plural) {
                    if (value.isArray()) {
                        if (value.isEmpty()) {
                            keepRaw = true;
                        } else {
                            read = readList(c.element, (ArrayNode) value, path.child(name), problems);
                        }
                    } else if (!value.isNull()) {
                        Object single = readValue(c.element, value, path.child(name), problems);
                        if (single != MISMATCH) {
                            read = List.of(single);
                            if (compacted == null) {
                                compacted = new LinkedHashSet<>();
                            }
                            compacted.add(name);
                        }
                    } else {
                        keepRaw = true;
                    }
                } else if (value.isNull()) {
                    keepRaw = true;
                } else {
                    Object single = readValue(c.element, value, path.child(name), problems);
                    if (single != MISMATCH) {
                        read = Optional.of(single);
                    }
                }
                if (read != MISMATCH) {
                    args[c.index] = read;
                } else if (!keepRaw) {
                    problems.add(Problem.error(JsonCode.WRONG_TYPE, path.child(name).pointer(),
                            "expected " + c.element.describe(c.plural) + ", got " + JsonValues.describe(value)));
                    keepRaw = true;
                }
            }
            if (keepRaw) {
                if (unknown == null) {
                    unknown = new LinkedHashMap<>();
                }
                unknown.put(name, JsonValues.fromNode(value));
            }
        }
        for (Component c : info.components) {
            if (args[c.index] == null) {
                args[c.index] = c.plural ? List.of() : Optional.empty();
            }
        }
        args[info.components.length - 1] = unknown == null && compacted == null ? Extensions.NONE
                : new Extensions(unknown == null ? JsonObject.EMPTY : new JsonObject(unknown),
                compacted == null ? Set.of() : compacted);
        return info.construct(args);
    }

    private Object readList(Element element, ArrayNode array, Path path, List<Problem> problems) {
        List<Object> out = new ArrayList<>(array.size());
        int i = 0;
        for (JsonNode item : array) {
            Object v = item.isNull() ? MISMATCH : readValue(element, item, path.child(i), problems);
            if (v == MISMATCH) {
                return MISMATCH;
            }
            out.add(v);
            i++;
        }
        return Collections.unmodifiableList(out);
    }

    private Object readValue(Element element, JsonNode value, Path path, List<Problem> problems) {
        switch (element.kind) {
            case STRING:
                return value.isTextual() ? value.textValue() : MISMATCH;
            case BOOLEAN:
                return value.isBoolean() ? value.booleanValue() : MISMATCH;
            case DECIMAL:
                if (!value.isNumber()) {
                    return MISMATCH;
                }
                return value.isIntegralNumber() ? new BigDecimal(value.bigIntegerValue()) : value.decimalValue();
            case INTEGER:
                return value.isInt() ? value.intValue() : MISMATCH;
            case TIMESTAMP:
                if (value.isTextual()) {
                    Optional<Timestamp> t = Timestamp.tryParse(value.textValue());
                    return t.isPresent() ? t.get() : MISMATCH;
                }
                if (value.isIntegralNumber() && value.canConvertToLong()) {
                    try {
                        return Timestamp.ofEpochSecond(value.longValue());
                    } catch (RuntimeException outOfRange) {
                        return MISMATCH;
                    }
                }
                return MISMATCH;
            case JSON:
                return JsonValues.fromNode(value);
            case JSON_OBJECT:
                return value.isObject() ? JsonValues.fromNode(value) : MISMATCH;
            case TERM:
                return value.isTextual() ? element.term(value.textValue()) : MISMATCH;
            case RECORD:
                return value.isObject() ? readRecord(element.record(this), (ObjectNode) value, path, problems)
                        : MISMATCH;
            case REF:
                if (value.isTextual()) {
                    return Ref.iri(value.textValue());
                }
                if (value.isObject()) {
                    return Ref.embedded((dev.laurel.badges.core.model.Identified)
                            readRecord(element.record(this), (ObjectNode) value, path, problems));
                }
                return MISMATCH;
            default:
                throw new AssertionError(element.kind);
        }
    }

    private ObjectNode writeRecord(RecordInfo info, Object record) {
        ObjectNode out = JsonValues.NODES.objectNode();
        Extensions extensions = (Extensions) info.get(record, info.components.length - 1);
        for (int i = 0; i < info.components.length - 1; i++) {
            Component c = info.components[i];
            Object value = info.get(record, i);
            if (c.plural) {
                List<?> list = (List<?>) value;
                if (list.isEmpty()) {
                    continue;
                }
                if (list.size() == 1 && extensions.compacted().contains(c.jsonName)) {
                    out.set(c.jsonName, writeValue(c.element, list.get(0)));
                } else {
                    ArrayNode array = out.putArray(c.jsonName);
                    for (Object item : list) {
                        array.add(writeValue(c.element, item));
                    }
                }
            } else {
                Optional<?> optional = (Optional<?>) value;
                if (optional.isPresent()) {
                    out.set(c.jsonName, writeValue(c.element, optional.get()));
                }
            }
        }
        extensions.properties().members().forEach((name, value) -> {
            if (!out.has(name)) {
                out.set(name, JsonValues.toNode(value));
            }
        });
        return out;
    }

    private JsonNode writeValue(Element element, Object value) {
        switch (element.kind) {
            case STRING:
                return JsonValues.NODES.textNode((String) value);
            case BOOLEAN:
                return JsonValues.NODES.booleanNode((Boolean) value);
            case DECIMAL:
                return JsonValues.number((BigDecimal) value);
            case INTEGER:
                return JsonValues.NODES.numberNode((Integer) value);
            case TIMESTAMP: {
                Timestamp t = (Timestamp) value;
                return t.numeric() ? JsonValues.NODES.numberNode(Long.parseLong(t.text()))
                        : JsonValues.NODES.textNode(t.text());
            }
            case JSON:
            case JSON_OBJECT:
                return JsonValues.toNode((JsonValue) value);
            case TERM:
                return JsonValues.NODES.textNode(((Term) value).value());
            case RECORD:
                return writeRecord(element.record(this), value);
            case REF: {
                Ref<?> ref = (Ref<?>) value;
                if (ref instanceof Ref.Iri<?> iri) {
                    return JsonValues.NODES.textNode(iri.iri());
                }
                return writeRecord(element.record(this), ((Ref.Embedded<?>) ref).value());
            }
            default:
                throw new AssertionError(element.kind);
        }
    }

    /** A lazily built JSON Pointer: only materialised when a problem is reported. */
    static final class Path {
        private final Path parent;
        private final String token;

        Path(Path parent, String token) {
            this.parent = parent;
            this.token = token;
        }

        Path child(String name) {
            return new Path(this, JsonPointers.escape(name));
        }

        Path child(int index) {
            return new Path(this, Integer.toString(index));
        }

        String pointer() {
            if (parent == null) {
                return token;
            }
            return parent.pointer() + "/" + token;
        }
    }

    enum Kind { STRING, BOOLEAN, DECIMAL, INTEGER, TIMESTAMP, JSON, JSON_OBJECT, TERM, RECORD, REF }

    /** How one value (a list element or an optional's content) is read and written. */
    static final class Element {
        final Kind kind;
        final Class<?> type;
        private final MethodHandle termFactory;
        private volatile RecordInfo recordInfo;

        Element(Kind kind, Class<?> type, MethodHandle termFactory) {
            this.kind = kind;
            this.type = type;
            this.termFactory = termFactory;
        }

        Object term(String text) {
            try {
                return termFactory.invoke(text);
            } catch (RuntimeException | Error e) {
                throw e;
            } catch (Throwable e) {
                throw new IllegalStateException("cannot create " + type.getName() + " from \"" + text + "\"", e);
            }
        }

        RecordInfo record(ModelCodec codec) {
            RecordInfo info = recordInfo;
            if (info == null) {
                info = codec.infos.get(type);
                recordInfo = info;
            }
            return info;
        }

        String describe(boolean plural) {
            String one;
            switch (kind) {
                case STRING:
                case TERM:
                    one = "a string";
                    break;
                case BOOLEAN:
                    one = "a boolean";
                    break;
                case DECIMAL:
                    one = "a number";
                    break;
                case INTEGER:
                    one = "an integer";
                    break;
                case TIMESTAMP:
                    one = "an ISO 8601 date-time";
                    break;
                case JSON:
                    one = "a JSON value";
                    break;
                case JSON_OBJECT:
                case RECORD:
                    one = "an object";
                    break;
                case REF:
                    one = "an IRI or an object";
                    break;
                default:
                    throw new AssertionError(kind);
            }
            return plural ? one + " or an array of them" : one;
        }
    }

    /** One record component. */
    static final class Component {
        final int index;
        final String jsonName;
        final boolean plural;
        final Element element;

        Component(int index, String jsonName, boolean plural, Element element) {
            this.index = index;
            this.jsonName = jsonName;
            this.plural = plural;
            this.element = element;
        }
    }

    /** What the codec knows about one record class. */
    static final class RecordInfo {
        final Class<?> type;
        final Component[] components;
        final Map<String, Component> byJsonName;
        private final MethodHandle constructor;
        private final MethodHandle[] accessors;

        private RecordInfo(Class<?> type, Component[] components, MethodHandle constructor,
                           MethodHandle[] accessors) {
            this.type = type;
            this.components = components;
            this.constructor = constructor;
            this.accessors = accessors;
            Map<String, Component> byName = new HashMap<>();
            for (int i = 0; i < components.length - 1; i++) {
                byName.put(components[i].jsonName, components[i]);
            }
            this.byJsonName = Map.copyOf(byName);
        }

        static RecordInfo of(Class<?> type) {
            if (!type.isRecord()) {
                throw new IllegalArgumentException(type.getName() + " is not a record");
            }
            RecordComponent[] rcs = type.getRecordComponents();
            if (rcs.length == 0 || rcs[rcs.length - 1].getType() != Extensions.class) {
                throw new IllegalArgumentException(type.getName() + " does not end with an Extensions component");
            }
            MethodHandles.Lookup lookup = MethodHandles.publicLookup();
            Component[] components = new Component[rcs.length];
            MethodHandle[] accessors = new MethodHandle[rcs.length];
            Class<?>[] parameterTypes = new Class<?>[rcs.length];
            try {
                for (int i = 0; i < rcs.length; i++) {
                    RecordComponent rc = rcs[i];
                    parameterTypes[i] = rc.getType();
                    accessors[i] = lookup.unreflect(rc.getAccessor())
                            .asType(MethodType.methodType(Object.class, Object.class));
                    if (i == rcs.length - 1) {
                        components[i] = new Component(i, "", false, null);
                        continue;
                    }
                    String jsonName = rc.getName().equals("context") ? "@context" : rc.getName();
                    Type generic = rc.getGenericType();
                    if (rc.getType() == Optional.class) {
                        components[i] = new Component(i, jsonName, false, element(argument(generic, type, rc)));
                    } else if (rc.getType() == List.class) {
                        components[i] = new Component(i, jsonName, true, element(argument(generic, type, rc)));
                    } else {
                        throw new IllegalArgumentException(type.getName() + "." + rc.getName()
                                + " must be an Optional or a List");
                    }
                }
                MethodHandle constructor = lookup.findConstructor(type, MethodType.methodType(void.class, parameterTypes))
                        .asSpreader(Object[].class, rcs.length)
                        .asType(MethodType.methodType(Object.class, Object[].class));
                return new RecordInfo(type, components, constructor, accessors);
            } catch (ReflectiveOperationException e) {
                throw new IllegalArgumentException(type.getName() + " is not accessible as a model record", e);
            }
        }

        private static Type argument(Type generic, Class<?> owner, RecordComponent rc) {
            if (!(generic instanceof ParameterizedType p)) {
                throw new IllegalArgumentException(owner.getName() + "." + rc.getName() + " has a raw type");
            }
            return p.getActualTypeArguments()[0];
        }

        private static Element element(Type type) throws ReflectiveOperationException {
            Class<?> raw = type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) type;
            if (raw == String.class) {
                return new Element(Kind.STRING, raw, null);
            }
            if (raw == Boolean.class) {
                return new Element(Kind.BOOLEAN, raw, null);
            }
            if (raw == BigDecimal.class) {
                return new Element(Kind.DECIMAL, raw, null);
            }
            if (raw == Integer.class) {
                return new Element(Kind.INTEGER, raw, null);
            }
            if (raw == Timestamp.class) {
                return new Element(Kind.TIMESTAMP, raw, null);
            }
            if (raw == JsonValue.class) {
                return new Element(Kind.JSON, raw, null);
            }
            if (raw == JsonObject.class) {
                return new Element(Kind.JSON_OBJECT, raw, null);
            }
            if (raw == Ref.class) {
                Type target = ((ParameterizedType) type).getActualTypeArguments()[0];
                return new Element(Kind.REF, (Class<?>) target, null);
            }
            if (Term.class.isAssignableFrom(raw)) {
                Method of = raw.getMethod("of", String.class);
                if (!Modifier.isStatic(of.getModifiers())) {
                    throw new IllegalArgumentException(raw.getName() + ".of(String) must be static");
                }
                return new Element(Kind.TERM, raw, MethodHandles.publicLookup().unreflect(of));
            }
            if (raw.isRecord()) {
                return new Element(Kind.RECORD, raw, null);
            }
            throw new IllegalArgumentException("unsupported model type " + raw.getName());
        }

        Object construct(Object[] args) {
            try {
                return constructor.invokeExact(args);
            } catch (RuntimeException | Error e) {
                throw e;
            } catch (Throwable e) {
                throw new IllegalStateException("cannot construct " + type.getName(), e);
            }
        }

        Object get(Object record, int index) {
            try {
                return accessors[index].invokeExact(record);
            } catch (RuntimeException | Error e) {
                throw e;
            } catch (Throwable e) {
                throw new IllegalStateException("cannot read " + type.getName(), e);
            }
        }
    }
}
