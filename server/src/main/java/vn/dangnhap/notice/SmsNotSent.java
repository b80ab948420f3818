package vn.dangnhap.notice;

/** The SMS gateway refused a message or could not be reached; the message may be tried again later. */
public class SmsNotSent extends RuntimeException {

    public SmsNotSent(String message) {
        super(message);
    }

    public SmsNotSent(String message, Throwable cause) {
        super(message, cause);
    }
}
