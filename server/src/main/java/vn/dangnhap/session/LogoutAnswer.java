package vn.dangnhap.session;

/**
 * What an application's HTTP answer to a logout notice means, as its protocol reads it
 * ({@link LogoutMessage#judge(int)}). A notice whose connection fails is always tried again.
 */
public enum LogoutAnswer {

    /** The application took the notice: done. */
    DELIVERED,

    /** The application answered that it will not act on the notice: sending it again would not help, done. */
    REFUSED,

    /** The application could not take it now (a server error): tried again later, a bounded number of times. */
    TRY_AGAIN;

    /** Only a server error (5xx) is worth another attempt; every other class is final. */
    public static boolean serverError(int status) {
        return status >= 500 && status < 600;
    }
}
