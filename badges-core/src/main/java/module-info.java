/**
 * Laurel core: the Open Badges 2.0/3.0 model, the six-level taxonomy and model validation.
 * Depends on no JSON library.
 */
module dev.laurel.badges.core {
    requires transitive jakarta.validation;
    requires org.hibernate.validator;

    exports dev.laurel.badges.core;
    exports dev.laurel.badges.core.json;
    exports dev.laurel.badges.core.model;
    exports dev.laurel.badges.core.taxonomy;

    opens dev.laurel.badges.core.model to org.hibernate.validator;
}
