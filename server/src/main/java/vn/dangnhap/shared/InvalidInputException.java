package vn.dangnhap.shared;

/** Input that breaks a rule: HTTP 400 in the API, a message beside the form field on pages. */
public final class InvalidInputException extends DomainException {

    private final String field;

    public InvalidInputException(String field, String messageKey, Object... arguments) {
        super(messageKey, arguments);
        this.field = field;
    }

    /** The input field at fault (e.g. {@code email}), as the API and forms name it. */
    public String field() {
        return field;
    }
}
