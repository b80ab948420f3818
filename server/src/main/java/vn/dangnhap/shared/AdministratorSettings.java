package vn.dangnhap.shared;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a {@code @ConfigurationProperties} record: its properties are settings an administrator decides,
 * so the {@code settings:} section of the configuration-as-code file may give them
 * (docs/configuration-as-code.md). In the file they are written in its camelCase style under
 * {@link #group()}, each property by the camelCase form of the last part of its name:
 * {@code dangnhap.login.throttle.max-failures} in group {@code lockout} is {@code lockout.maxFailures}.
 *
 * <p>The module owning the record decides what is in the file and owns the rules: the configuration
 * engine finds the record through Spring Boot's configuration metadata, reads the file's values as
 * the record's types, checks them with the record's Bean Validation constraints ({@code @Validated})
 * and its constructor (which reports a broken rule as an {@link IllegalArgumentException} whose
 * message starts with the property's name and a colon, e.g.
 * {@code "dangnhap.password.policy.max-length: must be at least the minimum lengths (14)"}).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface AdministratorSettings {

    /** The key under {@code settings:}, e.g. {@code lockout}; empty: each property is a key of {@code settings:} itself. */
    String group() default "";

    /** Where the group stands in the {@code settings:} section (and its export): ascending. */
    int order();

    /** Properties of the record the file may not give, by their name below the record's prefix, e.g. {@code cron}. */
    String[] except() default {};

    /** Properties the file gives only as a reference {@code ${ENV_NAME}}: secrets are never written in the file. */
    String[] secrets() default {};

    /** File keys other than the camelCase of the property's last name part. */
    Key[] keys() default {};

    /** {@code property} (below the record's prefix) is written {@code key} in the file. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target({})
    @interface Key {
        String property();

        String key();
    }
}
