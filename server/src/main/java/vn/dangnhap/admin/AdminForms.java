package vn.dangnhap.admin;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.dangnhap.shared.ConflictException;
import vn.dangnhap.shared.DomainException;
import vn.dangnhap.shared.InvalidInputException;

/**
 * Puts a domain exception raised by a console form next to the field at fault, in the page's
 * language. Errors about a field the form does not show go under {@link #FORM}, at the top.
 */
@Component
public class AdminForms {

    /** The key of an error that belongs to no field of the form. */
    public static final String FORM = "form";

    private final MessageSource messages;

    AdminForms(MessageSource messages) {
        this.messages = messages;
    }

    /** @param fields the fields the form shows */
    public Map<String, String> errors(DomainException e, Locale locale, Set<String> fields) {
        return errors(e, locale, fields, Map.of());
    }

    /**
     * @param fields  the fields the form shows
     * @param aliases field names the domain uses mapped to the form's names (e.g. {@code unitCode → code})
     */
    public Map<String, String> errors(DomainException e, Locale locale, Set<String> fields, Map<String, String> aliases) {
        String field = switch (e) {
            case InvalidInputException invalid -> invalid.field();
            case ConflictException conflict -> conflict.field();
            default -> null;
        };
        field = field == null ? FORM : aliases.getOrDefault(field, field);
        if (!fields.contains(field)) {
            field = FORM;
        }
        return Map.of(field, messages.getMessage(e.messageKey(), e.arguments(), e.messageKey(), locale));
    }
}
