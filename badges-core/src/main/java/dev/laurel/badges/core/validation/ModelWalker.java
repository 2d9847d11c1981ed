package dev.laurel.badges.core.validation;

import dev.laurel.badges.core.constraint.Iri;
import dev.laurel.badges.core.constraint.IriValidator;
import dev.laurel.badges.core.constraint.SpecRules;
import dev.laurel.badges.core.model.Ref;
import jakarta.validation.Constraint;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import java.lang.annotation.Annotation;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A "sure-valid" check of a model record that needs no Hibernate Validator: it walks the record with one plan
 * per record type, built once from the record's constraint annotations and cached, and tells whether it found
 * nothing at all (no constraint broken, no specification rule error or warning).
 *
 * <p>It exists for speed: on valid input Hibernate Validator's traversal costs about a third of reading and
 * validating a credential, and loading it costs about 0.1 s at start-up. {@link BadgeValidator} asks this walker
 * first and runs Hibernate Validator only when the walker finds something, so that every problem, code, path
 * and message still comes from the one place that produces them.
 *
 * <p>The rule it must keep: <em>never find nothing where Hibernate Validator would find something</em>. Finding
 * something where Hibernate Validator finds nothing only costs time. So the walker reports "something" for
 * whatever it cannot judge (a class that is not a record, a value of an unexpected type, a constraint on a
 * value it cannot read), and it refuses, with an {@link IllegalStateException} naming the annotation, to build a
 * plan for one of Laurel's records carrying a constraint annotation it does not know: a new annotation on the
 * model must be taught to it rather than silently skipped. An application's own record with such an
 * annotation is left to Hibernate Validator.
 *
 * <p>Why plans are built at run time from reflection rather than written by the {@code badges-codegen}
 * processor: the processor only sees {@code @GenerateBuilder} records, and a generated walker would be a
 * second copy of the model's constraints to keep in step; a reflective plan reads exactly what Hibernate
 * Validator reads (the record's fields and their annotated types), is built once per type on first use,
 * and calls accessors through method handles, which is as fast on the warm path.
 */
final class ModelWalker {

    /** The constraints this walker checks itself; any other constraint annotation makes a plan fail. */
    static final Set<Class<? extends Annotation>> SUPPORTED = Set.of(NotNull.class, NotBlank.class,
            NotEmpty.class, Iri.class, Pattern.class, DecimalMin.class, DecimalMax.class, Valid.class,
            SpecRules.class);

    private static final ClassValue<Plan> PLANS = new ClassValue<>() {
        @Override
        protected Plan computeValue(Class<?> type) {
            try {
                return Plan.of(type);
            } catch (IllegalStateException e) {
                if (type.getName().startsWith(LAUREL_PACKAGES)) {
                    throw e;
                }
                // An application's own record with a constraint the walker does not check: Hibernate
                // Validator judges it, as it did before the walker existed.
                return Plan.UNKNOWN;
            }
        }
    };

    /** Laurel's own types: one with a constraint the walker does not know is a bug in Laurel, reported loudly. */
    private static final String LAUREL_PACKAGES = "dev.laurel.badges.";

    private ModelWalker() {
    }

    /**
     * Tells whether the walker finds nothing at all in a model object and everything it cascades into.
     *
     * @param model the object
     * @return {@code true} only if Hibernate Validator would report nothing either
     * @throws IllegalStateException if a record reached carries a constraint annotation the walker does not know
     */
    static boolean findsNothing(Object model) {
        return PLANS.get(model.getClass()).clean(model);
    }

    /**
     * Builds (or returns) the plan of a type, so that tests can ask for every model record's plan.
     *
     * @param type the type
     * @return {@code true} if the walker can judge objects of this type itself
     * @throws IllegalStateException if the type carries a constraint annotation the walker does not know
     */
    static boolean understands(Class<?> type) {
        return PLANS.get(type) != Plan.UNKNOWN;
    }

    /**
     * Tells whether an annotation is one Hibernate Validator might act on: a constraint (meta-annotated with
     * {@link Constraint}), a list of constraints, or anything else from the Jakarta Validation or Hibernate
     * Validator packages ({@code @Valid}, {@code @GroupSequence}, {@code @ConvertGroup}...).
     *
     * @param type the annotation type
     * @return {@code true} if it is
     */
    static boolean isValidationAnnotation(Class<? extends Annotation> type) {
        String name = type.getName();
        if (name.startsWith("jakarta.validation.") || name.startsWith("javax.validation.")
                || name.startsWith("org.hibernate.validator.") || type.isAnnotationPresent(Constraint.class)) {
            return true;
        }
        try {
            Class<?> value = type.getMethod("value").getReturnType();
            return value.isArray() && value.getComponentType().isAnnotation()
                    && value.getComponentType().isAnnotationPresent(Constraint.class);
        } catch (NoSuchMethodException e) {
            return false;
        }
    }

    /** One record type's checks: its constrained components and its specification rules. */
    private static final class Plan {

        /** For what the walker cannot judge: it always finds "something", and Hibernate Validator decides. */
        static final Plan UNKNOWN = new Plan(new MethodHandle[0], new Node[0], null, false);

        /** For a record without any constraint: nothing to find. */
        static final Plan NOTHING = new Plan(new MethodHandle[0], new Node[0], null, true);

        private final MethodHandle[] accessors;
        private final Node[] nodes;
        private final SpecRule<Object> rule;
        private final boolean known;

        private Plan(MethodHandle[] accessors, Node[] nodes, SpecRule<Object> rule, boolean known) {
            this.accessors = accessors;
            this.nodes = nodes;
            this.rule = rule;
            this.known = known;
        }

        boolean clean(Object value) {
            if (!known) {
                return false;
            }
            for (int i = 0; i < nodes.length; i++) {
                Object component;
                try {
                    component = (Object) accessors[i].invokeExact(value);
                } catch (RuntimeException | Error e) {
                    throw e;
                } catch (Throwable e) {
                    // Record accessors declare no checked exception; let Hibernate Validator deal with the odd one.
                    return false;
                }
                if (!nodes[i].clean(component)) {
                    return false;
                }
            }
            if (rule != null) {
                Flag flag = new Flag();
                rule.check(value, flag);
                return !flag.found;
            }
            return true;
        }

        static Plan of(Class<?> type) {
            if (!type.isRecord()) {
                // Hibernate Validator would read fields and getters of any bean; the model is records only.
                return UNKNOWN;
            }
            SpecRule<Object> rule = null;
            for (Annotation a : type.getDeclaredAnnotations()) {
                if (a.annotationType() == SpecRules.class) {
                    rule = SpecRuleTable.ruleFor(type);
                } else if (isValidationAnnotation(a.annotationType())) {
                    throw unsupported(a, type.getName());
                }
            }
            rejectMethodConstraints(type);
            List<MethodHandle> accessors = new ArrayList<>();
            List<Node> nodes = new ArrayList<>();
            for (RecordComponent component : type.getRecordComponents()) {
                String where = type.getName() + "." + component.getName();
                Field field;
                try {
                    field = type.getDeclaredField(component.getName());
                } catch (NoSuchFieldException e) {
                    throw new IllegalStateException("no field for record component " + where, e);
                }
                // Hibernate Validator reads the field; the component's own annotations are checked too, so that
                // one applicable to record components only cannot hide from this walker.
                Set<Annotation> declared = new LinkedHashSet<>(Arrays.asList(field.getDeclaredAnnotations()));
                declared.addAll(Arrays.asList(component.getDeclaredAnnotations()));
                Node node = Node.of(field.getAnnotatedType(), declared, where);
                if (node == null) {
                    continue;
                }
                MethodHandle accessor;
                try {
                    accessor = MethodHandles.publicLookup().unreflect(component.getAccessor());
                } catch (IllegalAccessException e) {
                    try {
                        accessor = MethodHandles.privateLookupIn(type, MethodHandles.lookup())
                                .unreflect(component.getAccessor());
                    } catch (IllegalAccessException | IllegalArgumentException | SecurityException e2) {
                        // A record this module may not read: leave it to Hibernate Validator.
                        return UNKNOWN;
                    }
                }
                accessors.add(accessor.asType(MethodType.methodType(Object.class, Object.class)));
                nodes.add(node);
            }
            if (nodes.isEmpty() && rule == null) {
                return NOTHING;
            }
            return new Plan(accessors.toArray(new MethodHandle[0]), nodes.toArray(new Node[0]), rule, true);
        }

        /**
         * Hibernate Validator validates constrained getters too, and constraints inherited from interfaces; the
         * model declares constraints on record components only, so anything on a method other than an accessor
         * (which mirrors its component) is refused.
         */
        private static void rejectMethodConstraints(Class<?> type) {
            Set<String> accessors = new HashSet<>();
            for (RecordComponent component : type.getRecordComponents()) {
                accessors.add(component.getName());
            }
            for (Method method : type.getDeclaredMethods()) {
                if (method.isSynthetic() || Modifier.isStatic(method.getModifiers())
                        || (method.getParameterCount() == 0 && accessors.contains(method.getName()))) {
                    continue;
                }
                rejectAll(method, type.getName() + "." + method.getName() + "()");
                rejectDeep(method.getAnnotatedReturnType(), type.getName() + "." + method.getName() + "()");
            }
            for (Class<?> face : allInterfaces(type)) {
                for (Method method : face.getDeclaredMethods()) {
                    rejectAll(method, face.getName() + "." + method.getName() + "()");
                    rejectDeep(method.getAnnotatedReturnType(), face.getName() + "." + method.getName() + "()");
                }
                for (Annotation a : face.getDeclaredAnnotations()) {
                    if (isValidationAnnotation(a.annotationType())) {
                        throw unsupported(a, face.getName());
                    }
                }
            }
        }

        private static Set<Class<?>> allInterfaces(Class<?> type) {
            Set<Class<?>> out = new LinkedHashSet<>();
            List<Class<?>> todo = new ArrayList<>(Arrays.asList(type.getInterfaces()));
            while (!todo.isEmpty()) {
                Class<?> face = todo.remove(todo.size() - 1);
                if (out.add(face)) {
                    todo.addAll(Arrays.asList(face.getInterfaces()));
                }
            }
            return out;
        }

        private static void rejectAll(AnnotatedElement element, String where) {
            for (Annotation a : element.getDeclaredAnnotations()) {
                if (isValidationAnnotation(a.annotationType())) {
                    throw unsupported(a, where);
                }
            }
        }

        private static void rejectDeep(AnnotatedType type, String where) {
            rejectAll(type, where);
            if (type instanceof AnnotatedParameterizedType p) {
                for (AnnotatedType argument : p.getAnnotatedActualTypeArguments()) {
                    rejectDeep(argument, where);
                }
            }
        }
    }

    private static IllegalStateException unsupported(Annotation a, String where) {
        return new IllegalStateException("ModelWalker does not know the validation annotation @"
                + a.annotationType().getName() + " on " + where + ": teach it to ModelWalker (and its tests) so that "
                + "valid input can skip Hibernate Validator, or remove it");
    }

    /** How a node reaches the values inside its value, as Hibernate Validator's value extractors do. */
    private enum Container {
        NONE, OPTIONAL, ITERABLE, MAP, REF
    }

    /** The checks on one value: a component, or a value inside it ({@code Optional<@NotNull X>}). */
    private static final class Node {
        private final boolean notNull;
        private final boolean notBlank;
        private final boolean notEmpty;
        private final boolean iri;
        private final java.util.regex.Pattern[] patterns;
        private final BigDecimal[] minimums;
        private final boolean[] minimumInclusive;
        private final BigDecimal[] maximums;
        private final boolean[] maximumInclusive;
        private final boolean cascade;
        private final Container container;
        /** The node of the extracted values (an Optional's content, a list's elements, a map's values). */
        private final Node element;
        /** The node of a map's keys. */
        private final Node key;

        private Node(Set<Annotation> constraints, Container container, Node element, Node key, boolean cascade,
                String where) {
            boolean nn = false;
            boolean nb = false;
            boolean ne = false;
            boolean ir = false;
            boolean valid = cascade;
            List<java.util.regex.Pattern> pats = new ArrayList<>();
            List<BigDecimal> mins = new ArrayList<>();
            List<Boolean> minIn = new ArrayList<>();
            List<BigDecimal> maxs = new ArrayList<>();
            List<Boolean> maxIn = new ArrayList<>();
            for (Annotation a : constraints) {
                if (a instanceof NotNull) {
                    nn = true;
                } else if (a instanceof NotBlank) {
                    nb = true;
                } else if (a instanceof NotEmpty) {
                    ne = true;
                } else if (a instanceof Iri) {
                    ir = true;
                } else if (a instanceof Valid) {
                    valid = true;
                } else if (a instanceof Pattern p) {
                    // As Hibernate Validator's PatternValidator compiles it.
                    int flags = 0;
                    for (Pattern.Flag flag : p.flags()) {
                        flags |= flag.getValue();
                    }
                    pats.add(java.util.regex.Pattern.compile(p.regexp(), flags));
                } else if (a instanceof DecimalMin m) {
                    mins.add(new BigDecimal(m.value()));
                    minIn.add(m.inclusive());
                } else if (a instanceof DecimalMax m) {
                    maxs.add(new BigDecimal(m.value()));
                    maxIn.add(m.inclusive());
                } else {
                    throw unsupported(a, where);
                }
            }
            this.notNull = nn;
            this.notBlank = nb;
            this.notEmpty = ne;
            this.iri = ir;
            this.cascade = valid;
            this.patterns = pats.toArray(new java.util.regex.Pattern[0]);
            this.minimums = mins.toArray(new BigDecimal[0]);
            this.minimumInclusive = toArray(minIn);
            this.maximums = maxs.toArray(new BigDecimal[0]);
            this.maximumInclusive = toArray(maxIn);
            this.container = container;
            this.element = element;
            this.key = key;
        }

        private static boolean[] toArray(List<Boolean> values) {
            boolean[] out = new boolean[values.size()];
            for (int i = 0; i < out.length; i++) {
                out[i] = values.get(i);
            }
            return out;
        }

        /**
         * Builds the node of an annotated type, or returns null when there is nothing to check in it at any depth.
         *
         * @param type the annotated type
         * @param declared the declaration annotations (of a field), or empty for a type argument
         * @param where the component, for messages
         */
        static Node of(AnnotatedType type, Set<Annotation> declared, String where) {
            return of(type, declared, where, false);
        }

        /**
         * As {@link #of(AnnotatedType, Set, String)}, with {@code cascade} set when an enclosing container carries
         * {@code @Valid} itself (the legacy placement {@code @Valid List<X>}, which Hibernate Validator applies to
         * the container's values).
         */
        private static Node of(AnnotatedType type, Set<Annotation> declared, String where, boolean cascade) {
            Set<Annotation> constraints = new LinkedHashSet<>();
            for (Annotation a : declared) {
                if (isValidationAnnotation(a.annotationType())) {
                    constraints.add(a);
                }
            }
            for (Annotation a : type.getDeclaredAnnotations()) {
                if (isValidationAnnotation(a.annotationType())) {
                    constraints.add(a);
                }
            }
            for (Annotation a : constraints) {
                if (!SUPPORTED.contains(a.annotationType()) || a.annotationType() == SpecRules.class) {
                    throw unsupported(a, where);
                }
            }
            Class<?> raw = rawClass(type.getType());
            Container container = containerOf(raw);
            // Other constraints on a container apply to the container itself (Hibernate Validator 8 does not
            // unwrap Optional by default); @Valid on it cascades into its values, a map's values.
            boolean cascadeValues = container != Container.NONE && constraints.removeIf(a -> a instanceof Valid);
            Node element = null;
            Node key = null;
            if (cascadeValues && !(type instanceof AnnotatedParameterizedType)) {
                element = new Node(Set.of(), Container.NONE, null, null, true, where);
            }
            if (type instanceof AnnotatedParameterizedType p) {
                AnnotatedType[] arguments = p.getAnnotatedActualTypeArguments();
                switch (container) {
                    case OPTIONAL, ITERABLE, REF -> element = of(arguments[0], Set.of(), where, cascadeValues);
                    case MAP -> {
                        key = of(arguments[0], Set.of(), where, false);
                        element = of(arguments[1], Set.of(), where, cascadeValues);
                    }
                    case NONE -> {
                        for (AnnotatedType argument : arguments) {
                            if (of(argument, Set.of(), where, false) != null) {
                                throw new IllegalStateException("ModelWalker cannot reach the values of "
                                        + type.getType() + " on " + where + ": teach it this container");
                            }
                        }
                    }
                }
            } else if (!(type.getType() instanceof Class<?>)) {
                // A type variable, wildcard or array: fine while nothing in it is constrained.
                Plan.rejectDeep(type, where);
            }
            if (constraints.isEmpty() && element == null && key == null && !cascade) {
                return null;
            }
            return new Node(constraints, container, element, key, cascade, where);
        }

        private static Class<?> rawClass(java.lang.reflect.Type type) {
            if (type instanceof Class<?> c) {
                return c;
            }
            if (type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> c) {
                return c;
            }
            return Object.class;
        }

        private static Container containerOf(Class<?> raw) {
            if (raw == Optional.class) {
                return Container.OPTIONAL;
            }
            if (Ref.class.isAssignableFrom(raw)) {
                return Container.REF;
            }
            if (Map.class.isAssignableFrom(raw)) {
                return Container.MAP;
            }
            if (Iterable.class.isAssignableFrom(raw)) {
                return Container.ITERABLE;
            }
            return Container.NONE;
        }

        boolean clean(Object value) {
            if (value == null) {
                // Only presence constraints fail on null; nothing is extracted from or cascaded into it.
                return !(notNull || notBlank || notEmpty);
            }
            if (notBlank && !(value instanceof CharSequence s && !s.toString().trim().isEmpty())) {
                return false;
            }
            if (notEmpty && !notEmpty(value)) {
                return false;
            }
            if (iri && !(value instanceof String s && IriValidator.isIri(s))) {
                return false;
            }
            for (java.util.regex.Pattern pattern : patterns) {
                if (!(value instanceof CharSequence s && pattern.matcher(s).matches())) {
                    return false;
                }
            }
            if (minimums.length > 0 || maximums.length > 0) {
                if (!(value instanceof BigDecimal number)) {
                    // Other number types have rounding rules of their own in Hibernate Validator.
                    return false;
                }
                for (int i = 0; i < minimums.length; i++) {
                    int c = number.compareTo(minimums[i]);
                    if (minimumInclusive[i] ? c < 0 : c <= 0) {
                        return false;
                    }
                }
                for (int i = 0; i < maximums.length; i++) {
                    int c = number.compareTo(maximums[i]);
                    if (maximumInclusive[i] ? c > 0 : c >= 0) {
                        return false;
                    }
                }
            }
            if (!extractedClean(value)) {
                return false;
            }
            return !cascade || PLANS.get(value.getClass()).clean(value);
        }

        private boolean extractedClean(Object value) {
            if (element == null && key == null) {
                return true;
            }
            switch (container) {
                case OPTIONAL:
                    return value instanceof Optional<?> o && element.clean(o.orElse(null));
                case REF:
                    return value instanceof Ref<?> r && element.clean(r.embedded().orElse(null));
                case ITERABLE:
                    if (!(value instanceof Iterable<?> items)) {
                        return false;
                    }
                    for (Object item : items) {
                        if (!element.clean(item)) {
                            return false;
                        }
                    }
                    return true;
                case MAP:
                    if (!(value instanceof Map<?, ?> map)) {
                        return false;
                    }
                    for (Map.Entry<?, ?> entry : map.entrySet()) {
                        if ((key != null && !key.clean(entry.getKey()))
                                || (element != null && !element.clean(entry.getValue()))) {
                            return false;
                        }
                    }
                    return true;
                default:
                    return false;
            }
        }

        private static boolean notEmpty(Object value) {
            if (value instanceof CharSequence s) {
                return s.length() > 0;
            }
            if (value instanceof Collection<?> c) {
                return !c.isEmpty();
            }
            if (value instanceof Map<?, ?> m) {
                return !m.isEmpty();
            }
            if (value instanceof Object[] a) {
                return a.length > 0;
            }
            return false;
        }
    }

    /** A sink that only notes that a rule found something. */
    private static final class Flag implements RuleSink {
        private boolean found;

        @Override
        public void error(ValidationCode code, String path, String message) {
            found = true;
        }

        @Override
        public void warning(ValidationCode code, String path, String message) {
            found = true;
        }
    }
}
