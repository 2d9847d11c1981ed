/**
 * Laurel JSON: Open Badges 2.0/3.0 codecs, schema validation, conversion and baking.
 */
module dev.laurel.badges.json {
    requires transitive dev.laurel.badges.core;
    requires transitive com.fasterxml.jackson.databind;
    requires com.fasterxml.jackson.datatype.jsr310;
    requires com.networknt.schema;
    requires java.xml;

    exports dev.laurel.badges.json;
    exports dev.laurel.badges.json.bake;
    exports dev.laurel.badges.json.convert;
    exports dev.laurel.badges.json.taxonomy;

    // ObjectMapper.findAndRegisterModules() finds Laurel's codecs.
    provides com.fasterxml.jackson.databind.Module with dev.laurel.badges.json.LaurelJacksonModule;
}
