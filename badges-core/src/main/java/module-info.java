/**
 * Laurel core: the Open Badges 2.0/3.0 model, the six-level taxonomy and model validation.
 * Depends on no JSON library.
 */
module dev.laurel.badges.core {
    requires transitive jakarta.validation;
    requires org.hibernate.validator;
    // Hibernate Validator is an automatic module, so it declares no dependencies; classmate is an explicit
    // module that nothing else would resolve on the module path (NoClassDefFoundError at the first
    // validation). Requiring it here lets an application run Laurel on the module path with no flags.
    // jboss-logging, automatic too, is resolved with the other automatic modules.
    requires com.fasterxml.classmate;

    exports dev.laurel.badges.core;
    exports dev.laurel.badges.core.constraint;
    exports dev.laurel.badges.core.json;
    exports dev.laurel.badges.core.model;
    exports dev.laurel.badges.core.model.clr;
    exports dev.laurel.badges.core.model.ob2;
    exports dev.laurel.badges.core.model.ob3;
    exports dev.laurel.badges.core.taxonomy;
    exports dev.laurel.badges.core.taxonomy.backpack;
    exports dev.laurel.badges.core.taxonomy.catalogue;
    exports dev.laurel.badges.core.taxonomy.classify;
    exports dev.laurel.badges.core.taxonomy.credential;
    exports dev.laurel.badges.core.taxonomy.pathway;
    exports dev.laurel.badges.core.taxonomy.policy;
    exports dev.laurel.badges.core.taxonomy.share;
    exports dev.laurel.badges.core.taxonomy.transcript;
    exports dev.laurel.badges.core.validation;

    // Hibernate Validator reads constraint annotations and record components reflectively.
    opens dev.laurel.badges.core.model to org.hibernate.validator;
    opens dev.laurel.badges.core.model.clr to org.hibernate.validator;
    opens dev.laurel.badges.core.model.ob2 to org.hibernate.validator;
    opens dev.laurel.badges.core.model.ob3 to org.hibernate.validator;
}
