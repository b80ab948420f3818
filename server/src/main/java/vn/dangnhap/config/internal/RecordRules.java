package vn.dangnhap.config.internal;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.hibernate.validator.PredefinedScopeHibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * The Bean Validation constraints of the settings' records, checked value by value (every broken one
 * is reported, each at its key), in English whatever the machine's language. Hibernate Validator in its
 * predefined scope: it reads the records' constraints once, up front, and loads only the constraints
 * the records use — {@code config validate} starts faster.
 */
final class RecordRules {

    /** The constraints a settings record may use. */
    private static final Set<String> CONSTRAINTS = Set.of("org.hibernate.validator.constraints.Range",
            "jakarta.validation.constraints.Min", "jakarta.validation.constraints.Max", "jakarta.validation.constraints.NotEmpty",
            "jakarta.validation.constraints.NotBlank", "jakarta.validation.constraints.NotNull",
            "jakarta.validation.constraints.Pattern", "jakarta.validation.constraints.Size");

    private final Validator validator;

    RecordRules(Set<Class<?>> records) {
        this.validator = Validation.byProvider(PredefinedScopeHibernateValidator.class).configure()
                .builtinConstraints(CONSTRAINTS).initializeBeanMetaData(records).ignoreXmlConfiguration()
                .messageInterpolator(new English()).buildValidatorFactory().getValidator();
    }

    /** The problems of {@code value} as the setting's value, in the file's words; empty when it keeps every rule. */
    List<String> check(Setting setting, Object value) {
        return validator.validateValue(setting.record(), setting.component(), value).stream().map(RecordRules::message).toList();
    }

    /** A broken constraint in the file's words: ranges as {@code expected a whole number from 1 to 60, found 90}. */
    static String message(ConstraintViolation<?> violation) {
        Object invalid = violation.getInvalidValue();
        Map<String, Object> attributes = violation.getConstraintDescriptor().getAttributes();
        String constraint = violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
        if (invalid instanceof Number && constraint.equals("Range")) {
            return "expected a whole number from " + attributes.get("min") + " to " + attributes.get("max") + ", found " + invalid;
        }
        if (invalid instanceof Number && (constraint.equals("Min") || constraint.equals("Max"))) {
            return "expected a whole number of at " + (constraint.equals("Min") ? "least " : "most ") + attributes.get("value")
                    + ", found " + invalid;
        }
        if (invalid instanceof CharSequence text) {
            String shown = text.length() <= 60 ? text.toString() : text.subSequence(0, 60) + "…";
            return violation.getMessage() + ", found \"" + shown + "\"";
        }
        return violation.getMessage();
    }

    private static final class English implements MessageInterpolator {
        private final ParameterMessageInterpolator parameters = new ParameterMessageInterpolator();

        @Override
        public String interpolate(String template, Context context) {
            return parameters.interpolate(template, context, Locale.ENGLISH);
        }

        @Override
        public String interpolate(String template, Context context, Locale locale) {
            return parameters.interpolate(template, context, Locale.ENGLISH);
        }
    }
}
