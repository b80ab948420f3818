package vn.dangnhap.shared;

/** The thing named does not exist: HTTP 404. */
public final class NotFoundException extends DomainException {

    public NotFoundException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
