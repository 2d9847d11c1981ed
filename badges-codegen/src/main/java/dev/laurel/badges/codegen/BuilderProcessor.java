package dev.laurel.badges.codegen;

import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedAnnotationTypes;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.WildcardType;
import javax.lang.model.util.ElementFilter;
import javax.tools.Diagnostic;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Writes {@code <Record>Builder} for every record annotated {@code dev.laurel.badges.core.constraint.GenerateBuilder}:
 * one builder style for the whole model, derived from the record's components (their {@code Optional} and
 * {@code List} shapes, {@code Ref}, {@code Timestamp}, the {@code Extensions} last component), its constraint
 * annotations (which properties are required) and its javadoc ({@code @param} tags).
 *
 * <p>The generated class is abstract; the record declares {@code public static final class Builder extends
 * <Record>Builder}, so that callers keep writing {@code Record.Builder}, and its own {@code builder()} (with its
 * defaults, set through the generated setters) and {@code toBuilder()} (through the generated {@code from}).
 */
@SupportedAnnotationTypes(BuilderProcessor.GENERATE_BUILDER)
public final class BuilderProcessor extends AbstractProcessor {

    static final String CONSTRAINT = "dev.laurel.badges.core.constraint.";
    static final String GENERATE_BUILDER = CONSTRAINT + "GenerateBuilder";
    static final String BUILD_CHECK = CONSTRAINT + "BuildCheck";
    static final String MODEL = "dev.laurel.badges.core.model.";
    static final String EXTENSIONS = MODEL + "Extensions";
    static final String REF = MODEL + "Ref";
    static final String TIMESTAMP = MODEL + "Timestamp";
    static final String JSON_VALUE = "dev.laurel.badges.core.json.JsonValue";
    private static final Set<String> REQUIRED_VALUE = Set.of("jakarta.validation.constraints.NotNull",
            "jakarta.validation.constraints.NotBlank");
    /** The types every generated builder imports, written by their simple names. */
    static final List<String> IMPORTED = List.of(JSON_VALUE, EXTENSIONS, REF, TIMESTAMP, "java.time.Instant",
            "java.util.ArrayList", "java.util.List", "java.util.Objects", "java.util.Optional");
    private static final String REQUIRED_LIST = "jakarta.validation.constraints.NotEmpty";

    /** Creates the processor; javac calls this through the service loader. */
    public BuilderProcessor() {
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        for (TypeElement annotation : annotations) {
            for (Element e : round.getElementsAnnotatedWith(annotation)) {
                if (e.getKind() != ElementKind.RECORD) {
                    error(e, "@GenerateBuilder applies to records only");
                    continue;
                }
                try {
                    generate((TypeElement) e);
                } catch (IllegalArgumentException ex) {
                    error(e, ex.getMessage());
                }
            }
        }
        return true;
    }

    private void error(Element e, String message) {
        processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, message, e);
    }

    /** One record component and what the builder does with it. */
    private record Component(String name, Shape shape, String fieldType, String valueType, String refTarget,
            boolean required, String doc) {

        String cap() {
            return Character.toUpperCase(name.charAt(0)) + name.substring(1);
        }

        /** How the property is written in the JSON and in messages. */
        String jsonName() {
            return name.equals("context") ? "@context" : name;
        }
    }

    private enum Shape { OPTIONAL, LIST, EXTENSIONS }

    private void generate(TypeElement record) {
        String pkg = ((PackageElement) record.getEnclosingElement()).getQualifiedName().toString();
        String recordName = record.getSimpleName().toString();
        Map<String, String> docs = paramDocs(processingEnv.getElementUtils().getDocComment(record));
        List<Component> components = new ArrayList<>();
        for (RecordComponentElement rc : record.getRecordComponents()) {
            components.add(component(record, rc, pkg, docs));
        }
        if (components.isEmpty() || components.get(components.size() - 1).shape() != Shape.EXTENSIONS) {
            throw new IllegalArgumentException("a model record's last component must be Extensions");
        }
        List<String> checks = new ArrayList<>();
        for (ExecutableElement m : ElementFilter.methodsIn(processingEnv.getElementUtils().getAllMembers(record))) {
            if (hasAnnotation(m.getAnnotationMirrors(), Set.of(BUILD_CHECK))) {
                if (!m.getParameters().isEmpty() || m.getModifiers().contains(Modifier.STATIC)) {
                    throw new IllegalArgumentException("a @BuildCheck method is an instance method without parameters");
                }
                checks.add(m.getSimpleName().toString());
            }
        }
        String source = new Writer17(pkg, recordName, components, checks).write();
        try (Writer w = processingEnv.getFiler().createSourceFile(pkg + "." + recordName + "Builder", record)
                .openWriter()) {
            w.write(source);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Component component(TypeElement record, RecordComponentElement rc, String pkg, Map<String, String> docs) {
        String name = rc.getSimpleName().toString();
        TypeMirror type = rc.asType();
        String doc = docs.getOrDefault(name, interfaceDoc(record, name));
        if (doc == null) {
            throw new IllegalArgumentException("no @param (or interface accessor javadoc) for component " + name);
        }
        String raw = qualifiedName(type);
        ExecutableElement accessor = rc.getAccessor();
        List<AnnotationMirror> onComponent = new ArrayList<>(rc.getAnnotationMirrors());
        onComponent.addAll(type.getAnnotationMirrors());
        if (accessor != null) {
            onComponent.addAll(accessor.getAnnotationMirrors());
            onComponent.addAll(accessor.getReturnType().getAnnotationMirrors());
        }
        switch (raw) {
            case EXTENSIONS:
                return new Component(name, Shape.EXTENSIONS, "Extensions", "Extensions", null, false, doc);
            case "java.util.Optional":
            case "java.util.List": {
                TypeMirror arg = ((DeclaredType) type).getTypeArguments().get(0);
                String value = typeName(arg, pkg);
                String refTarget = REF.equals(qualifiedName(arg))
                        ? typeName(((DeclaredType) arg).getTypeArguments().get(0), pkg) : null;
                if (raw.equals("java.util.Optional")) {
                    boolean required = hasAnnotation(arg.getAnnotationMirrors(), REQUIRED_VALUE);
                    return new Component(name, Shape.OPTIONAL, "Optional<" + value + ">", value, refTarget, required,
                            doc);
                }
                // @context is framing, not a property of the object: builders default it and leave an empty one
                // to validation (REQUIRED_PROPERTY_MISSING), as they always have.
                boolean required = !name.equals("context") && hasAnnotation(onComponent, Set.of(REQUIRED_LIST));
                return new Component(name, Shape.LIST, "ArrayList<" + value + ">", value, refTarget, required, doc);
            }
            default:
                throw new IllegalArgumentException("component " + name + " is neither Optional, List nor Extensions");
        }
    }

    /** The {@code @return} text of a documented accessor that an interface of the record declares. */
    private String interfaceDoc(TypeElement type, String name) {
        for (TypeMirror i : type.getInterfaces()) {
            TypeElement iface = (TypeElement) processingEnv.getTypeUtils().asElement(i);
            for (ExecutableElement m : ElementFilter.methodsIn(iface.getEnclosedElements())) {
                if (m.getSimpleName().contentEquals(name) && m.getParameters().isEmpty()) {
                    String doc = tags(processingEnv.getElementUtils().getDocComment(m)).get("@return");
                    if (doc != null) {
                        return doc;
                    }
                }
            }
            String inherited = interfaceDoc(iface, name);
            if (inherited != null) {
                return inherited;
            }
        }
        return null;
    }

    private static boolean hasAnnotation(List<? extends AnnotationMirror> mirrors, Set<String> names) {
        for (AnnotationMirror m : mirrors) {
            if (names.contains(((TypeElement) m.getAnnotationType().asElement()).getQualifiedName().toString())) {
                return true;
            }
        }
        return false;
    }

    private String qualifiedName(TypeMirror type) {
        if (type.getKind() != TypeKind.DECLARED) {
            return type.getKind().toString();
        }
        return ((TypeElement) ((DeclaredType) type).asElement()).getQualifiedName().toString();
    }

    /** A type as source text without its type annotations; java.lang and same-package types by simple name. */
    private String typeName(TypeMirror type, String pkg) {
        switch (type.getKind()) {
            case DECLARED: {
                TypeElement e = (TypeElement) ((DeclaredType) type).asElement();
                String name = e.getQualifiedName().toString();
                String owner = processingEnv.getElementUtils().getPackageOf(e).getQualifiedName().toString();
                if (owner.equals("java.lang") || owner.equals(pkg) || IMPORTED.contains(name)) {
                    name = name.substring(owner.length() + 1);
                }
                List<? extends TypeMirror> args = ((DeclaredType) type).getTypeArguments();
                if (args.isEmpty()) {
                    return name;
                }
                return name + args.stream().map(a -> typeName(a, pkg)).collect(Collectors.joining(", ", "<", ">"));
            }
            case WILDCARD: {
                TypeMirror bound = ((WildcardType) type).getExtendsBound();
                return bound == null ? "?" : "? extends " + typeName(bound, pkg);
            }
            case ARRAY:
                return typeName(((ArrayType) type).getComponentType(), pkg) + "[]";
            default:
                return type.toString();
        }
    }

    /** The {@code @param} texts of a doc comment, by parameter name. */
    static Map<String, String> paramDocs(String comment) {
        Map<String, String> out = new LinkedHashMap<>();
        if (comment == null) {
            return out;
        }
        for (String tag : blocks(comment)) {
            if (tag.startsWith("@param ")) {
                String rest = tag.substring(7).strip();
                int space = rest.indexOf(' ');
                if (space > 0) {
                    out.put(rest.substring(0, space), rest.substring(space + 1).strip());
                }
            }
        }
        return out;
    }

    /** The block tags of a doc comment by tag name (first of each), e.g. {@code @return}. */
    static Map<String, String> tags(String comment) {
        Map<String, String> out = new LinkedHashMap<>();
        if (comment != null) {
            for (String tag : blocks(comment)) {
                int space = tag.indexOf(' ');
                if (space > 0) {
                    out.putIfAbsent(tag.substring(0, space), tag.substring(space + 1).strip());
                }
            }
        }
        return out;
    }

    /** Block tags as single strings, continuation lines joined with a newline. */
    private static List<String> blocks(String comment) {
        List<String> out = new ArrayList<>();
        StringBuilder current = null;
        for (String line : comment.split("\n", -1)) {
            String s = line.strip();
            if (s.startsWith("@")) {
                if (current != null) {
                    out.add(current.toString());
                }
                current = new StringBuilder(s);
            } else if (current != null && !s.isEmpty()) {
                current.append('\n').append(s);
            }
        }
        if (current != null) {
            out.add(current.toString());
        }
        return out;
    }

    /** Writes the source of one builder. */
    private static final class Writer17 {
        private final String pkg;
        private final String record;
        private final String self;
        private final List<Component> components;
        private final List<String> checks;
        private final StringBuilder out = new StringBuilder();

        Writer17(String pkg, String record, List<Component> components, List<String> checks) {
            this.pkg = pkg;
            this.record = record;
            this.self = record + ".Builder";
            this.components = components;
            this.checks = checks;
        }

        String write() {
            line("package " + pkg + ";");
            line("");
            for (String i : IMPORTED) {
                if (!i.startsWith(pkg + ".") || i.substring(pkg.length() + 1).contains(".")) {
                    line("import " + i + ";");
                }
            }
            line("");
            line("/**");
            line(" * Builds {@link " + record + "} values; use it through {@link " + self + "}, from {@link "
                    + record + "#builder()} or {@link " + record + "#toBuilder()}.");
            line(" * Setters check their argument at once and copy lists; {@link #build()} names every required");
            line(" * property that is missing. Not thread-safe.");
            line(" *");
            line(" * <p>Generated by {@code badges-codegen} from the components, constraint annotations and javadoc");
            line(" * of {@link " + record + "}: do not edit.");
            line(" */");
            line("public abstract class " + record + "Builder {");
            for (Component c : components) {
                String init = switch (c.shape()) {
                    case OPTIONAL -> "Optional.empty()";
                    case LIST -> "new ArrayList<>()";
                    case EXTENSIONS -> "Extensions.NONE";
                };
                line("    private " + c.fieldType() + " " + c.name() + " = " + init + ";");
            }
            line("");
            line("    /** Creates an empty builder; {@link " + self + "} is the only subclass. */");
            line("    " + record + "Builder() {");
            line("    }");
            from();
            for (Component c : components) {
                switch (c.shape()) {
                    case OPTIONAL -> optional(c);
                    case LIST -> list(c);
                    case EXTENSIONS -> extensions(c);
                }
                getter(c);
            }
            build();
            line("");
            line("    private " + self + " self() {");
            line("        return (" + self + ") this;");
            line("    }");
            line("}");
            return out.toString();
        }

        private void from() {
            line("");
            line("    /**");
            line("     * Copies every component of a value into this builder, for {@link " + record
                    + "#toBuilder()}.");
            line("     *");
            line("     * @param value the value to copy");
            line("     * @return this builder");
            line("     */");
            line("    final " + self + " from(" + record + " value) {");
            for (Component c : components) {
                String get = "value." + c.name() + "()";
                line("        this." + c.name() + " = " + (c.shape() == Shape.LIST ? "new ArrayList<>(" + get + ")" : get)
                        + ";");
            }
            line("        return self();");
            line("    }");
        }

        private void optional(Component c) {
            String n = c.name();
            setter("Sets {@code " + c.jsonName() + "}.", c, c.valueType(), n,
                    "this." + n + " = Optional.of(Objects.requireNonNull(" + n + ", \"" + n + "\"));",
                    "if {@code " + n + "} is null");
            if (c.refTarget() != null) {
                setter("Sets {@code " + c.jsonName() + "} to a reference by IRI.", c, "String", "iri",
                        "return " + n + "(Ref.<" + c.refTarget() + ">iri(Objects.requireNonNull(iri, \"iri\")));",
                        "if {@code iri} is null");
                setter("Sets {@code " + c.jsonName() + "} to an embedded value.", c, c.refTarget(), "value",
                        "return " + n + "(Ref.embedded(Objects.requireNonNull(value, \"" + n + "\")));",
                        "if {@code value} is null");
            }
            if (c.valueType().equals("Timestamp")) {
                setter("Sets {@code " + c.jsonName() + "} to an instant, written in UTC with {@code Z}.", c, "Instant",
                        "instant", "return " + n + "(Timestamp.of(Objects.requireNonNull(instant, \"" + n + "\")));",
                        "if {@code instant} is null");
            }
        }

        private void list(Component c) {
            String n = c.name();
            String copy = "List.copyOf(Objects.requireNonNull(" + n + ", \"" + n + "\"))";
            setter("Replaces {@code " + c.jsonName() + "}.", c, "List<" + c.valueType() + ">", n,
                    "this." + n + " = new ArrayList<>(" + copy + ");", "if the list or an element is null");
            if (c.valueType().equals("String")) {
                setter("Replaces {@code " + c.jsonName() + "} with the given values.", c, "String...", n,
                        "this." + n + " = new ArrayList<>(List.of(Objects.requireNonNull(" + n + ", \"" + n + "\")));",
                        "if the array or an element is null");
            }
            String add = "add" + c.cap();
            line("");
            doc("Appends one value to {@code " + c.jsonName() + "}.", "value", "the value to append",
                    "if {@code value} is null");
            line("    public final " + self + " " + add + "(" + c.valueType() + " value) {");
            line("        this." + n + ".add(Objects.requireNonNull(value, \"" + n + "\"));");
            line("        return self();");
            line("    }");
            if (c.refTarget() != null) {
                line("");
                doc("Appends a reference by IRI to {@code " + c.jsonName() + "}.", "iri", "the IRI",
                        "if {@code iri} is null");
                line("    public final " + self + " " + add + "(String iri) {");
                line("        return " + add + "(Ref.<" + c.refTarget() + ">iri(Objects.requireNonNull(iri, \"iri\")));");
                line("    }");
                line("");
                doc("Appends an embedded value to {@code " + c.jsonName() + "}.", "value", "the value",
                        "if {@code value} is null");
                line("    public final " + self + " " + add + "(" + c.refTarget() + " value) {");
                line("        return " + add + "(Ref.embedded(Objects.requireNonNull(value, \"" + n + "\")));");
                line("    }");
            }
            if (c.valueType().equals("JsonValue")) {
                line("");
                doc("Appends a JSON string, such as a context IRI, to {@code " + c.jsonName() + "}.", "value",
                        "the string", "if {@code value} is null");
                line("    public final " + self + " " + add + "(String value) {");
                line("        return " + add + "(JsonValue.of(Objects.requireNonNull(value, \"" + n + "\")));");
                line("    }");
            }
        }

        private void extensions(Component c) {
            setter("Replaces the extensions (properties beyond the model, compacted list names).", c, "Extensions",
                    c.name(), "this." + c.name() + " = Objects.requireNonNull(" + c.name() + ", \"" + c.name()
                            + "\");", "if {@code " + c.name() + "} is null");
            line("");
            line("    /**");
            line("     * Adds or replaces one extension property.");
            line("     *");
            line("     * @param name the property name, e.g. a full IRI or a term defined by an extension context");
            line("     * @param value the value");
            line("     * @return this builder");
            line("     * @throws NullPointerException if an argument is null");
            line("     */");
            line("    public final " + self + " extension(String name, JsonValue value) {");
            line("        this." + c.name() + " = " + c.name() + ".with(Objects.requireNonNull(name, \"name\"),");
            line("                Objects.requireNonNull(value, \"value\"));");
            line("        return self();");
            line("    }");
        }

        /** A package-private view of the current value, for hand-written conveniences in the nested builder. */
        private void getter(Component c) {
            line("");
            line("    /**");
            line("     * Returns the current {@code " + c.jsonName() + "}.");
            line("     *");
            line("     * @return the value set so far" + (c.shape() == Shape.LIST ? ", as an unmodifiable copy" : ""));
            line("     */");
            String type = c.shape() == Shape.LIST ? "List<" + c.valueType() + ">" : c.fieldType();
            line("    final " + type + " " + c.name() + "() {");
            line("        return " + (c.shape() == Shape.LIST ? "List.copyOf(" + c.name() + ")" : c.name()) + ";");
            line("    }");
        }

        private void build() {
            List<Component> required = components.stream().filter(Component::required).toList();
            line("");
            line("    /**");
            line("     * Builds the value.");
            line("     *");
            line("     * @return the " + record);
            line("     * @throws IllegalStateException if required properties are missing; the message names every one"
                    + (required.isEmpty() ? "" : " (always required: "
                    + required.stream().map(c -> "{@code " + c.jsonName() + "}").collect(Collectors.joining(", "))
                    + ")"));
            line("     */");
            line("    public final " + record + " build() {");
            line("        " + record + " value = new " + record + "(" + components.stream().map(Component::name)
                    .collect(Collectors.joining(", ")) + ");");
            line("        List<String> missing = new ArrayList<>();");
            for (Component c : required) {
                line("        if (" + c.name() + ".isEmpty()) {");
                line("            missing.add(\"" + c.jsonName() + "\");");
                line("        }");
            }
            for (String check : checks) {
                line("        for (String name : value." + check + "()) {");
                line("            if (!missing.contains(name)) {");
                line("                missing.add(name);");
                line("            }");
                line("        }");
            }
            if (!required.isEmpty() || !checks.isEmpty()) {
                line("        if (!missing.isEmpty()) {");
                line("            throw new IllegalStateException(\"" + record
                        + " is missing required properties: \" + String.join(\", \", missing));");
                line("        }");
            }
            line("        return value;");
            line("    }");
        }

        private void setter(String summary, Component c, String paramType, String param, String body,
                String nullCase) {
            line("");
            boolean isComponent = param.equals(c.name());
            doc(summary, param, isComponent ? c.doc() : paramDoc(param), nullCase);
            boolean safeVarargs = paramType.endsWith("...") && paramType.contains("<");
            if (safeVarargs) {
                line("    @SafeVarargs");
            }
            line("    public final " + self + " " + c.name() + "(" + paramType + " " + param + ") {");
            line("        " + body);
            if (!body.startsWith("return ")) {
                line("        return self();");
            }
            line("    }");
        }

        private static String paramDoc(String param) {
            return switch (param) {
                case "iri" -> "the IRI";
                case "instant" -> "the instant";
                default -> "the value";
            };
        }

        private void doc(String summary, String param, String paramDoc, String nullCase) {
            line("    /**");
            line("     * " + summary);
            line("     *");
            String[] lines = paramDoc.split("\n");
            line("     * @param " + param + " " + lines[0]);
            for (int i = 1; i < lines.length; i++) {
                line("     *     " + lines[i]);
            }
            line("     * @return this builder");
            line("     * @throws NullPointerException " + nullCase);
            line("     */");
        }

        private void line(String s) {
            out.append(s).append('\n');
        }
    }
}
