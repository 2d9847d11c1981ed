package dev.laurel.badges.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.core.util.VersionUtil;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.Deserializers;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.ser.Serializers;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Properties;

/**
 * Laurel's codecs for every model record (OB 2.0 and 3.0) in an application's own {@code ObjectMapper}:
 * {@code mapper.registerModule(BadgeJson.jacksonModule())}, or {@code mapper.findAndRegisterModules()},
 * which finds this class as a {@code com.fasterxml.jackson.databind.Module} service (on the class path
 * through {@code META-INF/services}, on the module path through {@code provides}).
 *
 * <p>The default module is lenient, as {@link BadgeJson#read(byte[])} is: a value of the wrong type is
 * kept in the record's extensions, and {@link BadgeJson#validate(byte[])} reports it. {@link #strict()}
 * also refuses a whole document of the wrong kind, such as an OB 2.0 assertion read as an
 * {@code OpenBadgeCredential}, with a {@code MismatchedInputException} that names both kinds.
 *
 * <p>{@link #version()} is Laurel's own version. Immutable and thread-safe.
 */
public final class LaurelJacksonModule extends SimpleModule {

    private static final long serialVersionUID = 1L;
    private static final String MODEL_PACKAGE = "dev.laurel.badges.core.model";
    private static final Version VERSION = readVersion();

    private final boolean strict;

    /** Creates the lenient module; this is the constructor {@code findAndRegisterModules()} calls. */
    public LaurelJacksonModule() {
        this(false);
    }

    private LaurelJacksonModule(boolean strict) {
        super(strict ? "LaurelOpenBadgesStrict" : "LaurelOpenBadges", VERSION);
        this.strict = strict;
    }

    /**
     * Returns the strict module: like the default, and a document of another kind than the type asked
     * for is refused instead of being read with its members in the extensions.
     *
     * @return the strict module
     */
    public static LaurelJacksonModule strict() {
        return new LaurelJacksonModule(true);
    }

    /**
     * Tells whether this module refuses documents of the wrong kind.
     *
     * @return {@code true} for {@link #strict()}
     */
    public boolean isStrict() {
        return strict;
    }

    /**
     * Returns the registration id: one id per mode, so that registering the module twice has no effect.
     *
     * @return the id
     */
    @Override
    public Object getTypeId() {
        return getModuleName();
    }

    private static Version readVersion() {
        try (InputStream in = LaurelJacksonModule.class.getResourceAsStream("laurel-version.properties")) {
            if (in == null) {
                return Version.unknownVersion();
            }
            Properties p = new Properties();
            p.load(in);
            return VersionUtil.parseVersion(p.getProperty("version"), p.getProperty("groupId"),
                    p.getProperty("artifactId"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read Laurel's version resource", e);
        }
    }

    private static boolean isModel(Class<?> type) {
        return type.isRecord() && type.getPackageName().startsWith(MODEL_PACKAGE) && ModelCodec.instance().supports(type);
    }

    @Override
    public void setupModule(SetupContext context) {
        super.setupModule(context);
        context.addSerializers(new Serializers.Base() {
            @Override
            public JsonSerializer<?> findSerializer(SerializationConfig config, JavaType type, BeanDescription bean) {
                return isModel(type.getRawClass()) ? new ModelSerializer() : null;
            }
        });
        context.addDeserializers(new Deserializers.Base() {
            @Override
            public JsonDeserializer<?> findBeanDeserializer(JavaType type, DeserializationConfig config,
                                                            BeanDescription bean) {
                return isModel(type.getRawClass()) ? new ModelDeserializer(type.getRawClass(), strict) : null;
            }
        });
    }

    private static final class ModelSerializer extends JsonSerializer<Object> {
        @Override
        public void serialize(Object value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
            gen.writeTree(ModelCodec.instance().write(value));
        }
    }

    private static final class ModelDeserializer extends JsonDeserializer<Object> {
        private final Class<?> type;
        private final boolean strict;

        ModelDeserializer(Class<?> type, boolean strict) {
            this.type = type;
            this.strict = strict;
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            JsonNode node = p.readValueAsTree();
            if (!(node instanceof ObjectNode object)) {
                return ctxt.handleUnexpectedToken(type, p);
            }
            if (strict && BadgeJson.isDocumentType(type)) {
                DocumentKind kind = Detector.detect(object).kind();
                if (BadgeJson.modelType(kind).filter(type::equals).isEmpty()) {
                    return ctxt.reportInputMismatch(type, "expected %s, got %s (by its @context and type)",
                            describe(type), kind == DocumentKind.NOT_A_BADGE ? "something that is not an Open Badge"
                                    : "an " + kind.version().map(v -> "OB " + v.label() + " ").orElse("")
                                            + kind.displayName());
                }
            }
            return ModelCodec.instance().read(type, object, "", new ArrayList<>());
        }

        private static String describe(Class<?> type) {
            String version = type.getPackageName().endsWith("ob2") ? "OB 2.0 " : "OB 3.0 ";
            return "an " + version + type.getSimpleName();
        }
    }
}
