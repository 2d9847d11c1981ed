package dev.laurel.badges.core.validation;

import dev.laurel.badges.core.Problem;

import java.util.List;

/**
 * Opens {@link ModelWalker} and the Hibernate Validator path of {@link BadgeValidator} to tests in the model
 * packages, which build their records with package-private fixtures.
 */
public final class WalkerProbe {

    private static final HibernateChecks HIBERNATE = HibernateChecks.create();

    private WalkerProbe() {
    }

    /**
     * @param model a model object
     * @return {@code true} if the sure-valid walker finds nothing at all
     */
    public static boolean walkerFindsNothing(Object model) {
        return ModelWalker.findsNothing(model);
    }

    /**
     * @param model a model object
     * @return what Hibernate Validator reports, always run (the path {@code BadgeValidator} took before the walker)
     */
    public static List<Problem> hibernate(Object model) {
        return HIBERNATE.validate(model);
    }
}
