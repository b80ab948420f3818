package vn.dangnhap.shared;

/** The request clashes with what is stored (a duplicate e-mail, a unit code in use): HTTP 409. */
public final class ConflictException extends DomainException {

    public ConflictException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
