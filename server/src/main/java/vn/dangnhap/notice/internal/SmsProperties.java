package vn.dangnhap.notice.internal;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code dangnhap.sms.*}: which {@link vn.dangnhap.notice.SmsGateway} sends text messages.
 *
 * @param gateway {@code log} (default), {@code smtp} or {@code http}
 */
@ConfigurationProperties("dangnhap.sms")
public record SmsProperties(
        @DefaultValue("log") String gateway,
        @DefaultValue Log log,
        @DefaultValue Smtp smtp,
        @DefaultValue Http http) {

    /** @param showText write the whole text (with the code) to the log; for the demo only */
    public record Log(@DefaultValue("false") boolean showText) {}

    /**
     * @param to      the address the e-mail goes to; {@code {number}} is replaced by the number's
     *                digits without '+' (e-mail-to-SMS gateways), e.g. {@code {number}@sms.example.vn}
     * @param subject the e-mail's subject
     */
    public record Smtp(String to, @DefaultValue("SMS") String subject) {}

    /**
     * @param url            where the JSON {@code {"to": "+84…", "text": "…"}} is POSTed
     * @param token          sent as {@code Authorization: Bearer …} when set
     * @param connectTimeout how long to wait for the connection
     * @param timeout        how long to wait for the answer
     */
    public record Http(URI url, String token, @DefaultValue("3s") Duration connectTimeout, @DefaultValue("10s") Duration timeout) {}
}
