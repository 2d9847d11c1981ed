package dev.laurel.badges.core.constraint;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the method of a {@link GenerateBuilder} record that names the properties a builder must not build
 * without beyond those its constraint annotations require, such as "required unless revoked". The method
 * takes no argument and returns a {@code java.util.List<String>} of property names (or short phrases such
 * as {@code "id or identifier"}); the generated {@code build()} calls it on the value it is about to
 * return and reports its names with the others.
 */
@Documented
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.CLASS)
public @interface BuildCheck {
}
