package vn.dangnhap.notice;

import vn.dangnhap.directory.PhoneNumber;

/**
 * The plug-in point for text messages (one-time codes). Dangnhap ships three senders, chosen by
 * {@code dangnhap.sms.gateway}: {@code log} (default; writes the message to the log),
 * {@code smtp} (an e-mail to an e-mail-to-SMS gateway or to a fixed address) and {@code http}
 * (a JSON POST to a provider's or an adapter's URL). A province with a brandname SMS contract
 * can instead register its own bean of this type; see docs/sms.md.
 */
public interface SmsGateway {

    /**
     * Hands one message to the gateway.
     *
     * @throws SmsNotSent when the gateway refused the message or could not be reached
     */
    void send(PhoneNumber to, String text);
}
