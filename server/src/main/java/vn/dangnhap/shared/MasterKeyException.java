package vn.dangnhap.shared;

/**
 * The master key is missing, malformed, or not the key the stored secrets were sealed with: the
 * server cannot run, and the message says what to set.
 */
public class MasterKeyException extends IllegalStateException {

    public MasterKeyException(String message) {
        super(message);
    }

    public MasterKeyException(String message, Throwable cause) {
        super(message, cause);
    }
}
