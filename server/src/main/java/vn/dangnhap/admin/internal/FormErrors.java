package vn.dangnhap.admin.internal;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.dangnhap.shared.DomainException;
import vn.dangnhap.shared.InvalidInputException;

/**
 * Puts a domain exception raised by a console form next to the field at fault, in the page's
 * language. Errors about a field the form does not show go under {@code form}, at the top.
 */
@Component
class FormErrors {

    static final String FORM = "form";

    /** Conflicts carry no field; the clashing value is always this one. */
    private static final Map<String, String> CONFLICT_FIELDS = Map.of(
            "official.email-taken", "email",
            "unit.code-taken", "code",
            "application.code-taken", "code");

    private final MessageSource messages;

    FormErrors(MessageSource messages) {
        this.messages = messages;
    }

    /**
     * @param fields  the fields the form shows
     * @param aliases field names the domain uses mapped to the form's names (e.g. {@code unitCode → code})
     */
    Map<String, String> of(DomainException e, Locale locale, Set<String> fields, Map<String, String> aliases) {
        String field = e instanceof InvalidInputException invalid ? invalid.field() : CONFLICT_FIELDS.get(e.messageKey());
        field = field == null ? FORM : aliases.getOrDefault(field, field);
        if (!fields.contains(field)) {
            field = FORM;
        }
        return Map.of(field, messages.getMessage(e.messageKey(), e.arguments(), e.messageKey(), locale));
    }
}
