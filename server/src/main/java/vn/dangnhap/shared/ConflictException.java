package vn.dangnhap.shared;

/** The request clashes with what is stored (a duplicate e-mail, a unit code in use): HTTP 409. */
public final class ConflictException extends DomainException {

    private final String field;

    public ConflictException(String messageKey, Object... arguments) {
        this(null, messageKey, arguments);
    }

    private ConflictException(String field, String messageKey, Object... arguments) {
        super(messageKey, arguments);
        this.field = field;
    }

    /** A clash on one input field (e.g. the e-mail of a new official), which a form shows beside that field. */
    public static ConflictException onField(String field, String messageKey, Object... arguments) {
        return new ConflictException(field, messageKey, arguments);
    }

    /** The input field whose value clashes, or null when the clash is not one field's. */
    public String field() {
        return field;
    }
}
