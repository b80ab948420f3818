package vn.dangnhap.notice.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import vn.dangnhap.directory.PhoneNumber;
import vn.dangnhap.notice.SmsGateway;

/**
 * {@code dangnhap.sms.gateway=log}: sends nothing, writes the message to the log. Digits in the
 * text (the one-time code) are masked unless {@code dangnhap.sms.log.show-text} is set, as the
 * demo profile does so a tester can read the code.
 */
@Component
@ConditionalOnProperty(name = "dangnhap.sms.gateway", havingValue = "log", matchIfMissing = true)
class LogSmsGateway implements SmsGateway {

    private static final Logger log = LoggerFactory.getLogger(LogSmsGateway.class);

    private final boolean showText;

    LogSmsGateway(SmsProperties properties) {
        this.showText = properties.log().showText();
        log.info("Text messages are only logged (dangnhap.sms.gateway=log, see docs/sms.md)");
    }

    @Override
    public void send(PhoneNumber to, String text) {
        log.info("SMS not sent (log gateway) to {}: {}", to.masked(), showText ? text : text.replaceAll("[0-9]", "*"));
    }
}
