package vn.dangnhap.notice.internal;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import vn.dangnhap.directory.PhoneNumber;
import vn.dangnhap.notice.SmsGateway;

/**
 * {@code dangnhap.sms.gateway=smtp}: the message goes out as an e-mail through the notices' SMTP
 * server, to an e-mail-to-SMS gateway ({@code {number}@…}) or to one fixed address (a test
 * mailbox). Without {@code spring.mail.host} the e-mail is only logged, as every notice is.
 */
@Component
@ConditionalOnProperty(name = "dangnhap.sms.gateway", havingValue = "smtp")
class SmtpSmsGateway implements SmsGateway {

    private final MailOut mail;
    private final SmsProperties.Smtp settings;

    SmtpSmsGateway(MailOut mail, SmsProperties properties) {
        if (properties.smtp().to() == null || properties.smtp().to().isBlank()) {
            throw new IllegalStateException("dangnhap.sms.gateway=smtp needs dangnhap.sms.smtp.to (see docs/sms.md)");
        }
        this.mail = mail;
        this.settings = properties.smtp();
    }

    @Override
    public void send(PhoneNumber to, String text) {
        mail.send(settings.to().replace("{number}", to.e164().substring(1)), settings.subject(), text);
    }
}
