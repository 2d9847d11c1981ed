package dev.laurel.badges.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.Version;
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
import java.util.ArrayList;

/**
 * Registers Laurel's codecs for every model record in an application's {@code ObjectMapper}; obtain it
 * from {@link BadgeJson#jacksonModule()}.
 */
final class LaurelJacksonModule extends SimpleModule {

    private static final long serialVersionUID = 1L;
    private static final String MODEL_PACKAGE = "dev.laurel.badges.core.model";

    LaurelJacksonModule() {
        super("LaurelOpenBadges", Version.unknownVersion());
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
                return isModel(type.getRawClass()) ? new ModelDeserializer(type.getRawClass()) : null;
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

        ModelDeserializer(Class<?> type) {
            this.type = type;
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            JsonNode node = p.readValueAsTree();
            if (!(node instanceof ObjectNode object)) {
                return ctxt.handleUnexpectedToken(type, p);
            }
            return ModelCodec.instance().read(type, object, "", new ArrayList<>());
        }
    }
}
