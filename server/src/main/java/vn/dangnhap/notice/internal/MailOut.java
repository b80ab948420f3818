package vn.dangnhap.notice.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Sends a notice through SMTP when {@code spring.mail.host} is set (Spring Boot then provides the
 * {@link JavaMailSender}); otherwise only logs that it would have (never the body, which may hold
 * a default password). A failed delivery is logged and not retried.
 */
@Component
class MailOut {

    private static final Logger log = LoggerFactory.getLogger(MailOut.class);

    private final JavaMailSender sender;
    private final NoticeProperties properties;

    MailOut(ObjectProvider<JavaMailSender> sender, NoticeProperties properties) {
        this.sender = sender.getIfAvailable();
        this.properties = properties;
    }

    @EventListener(ApplicationReadyEvent.class)
    void startupNote() {
        if (sender == null) {
            log.info("E-mail notices are OFF: spring.mail.host is not set, notices are only logged (see docs/notices.md)");
        } else {
            log.info("E-mail notices are sent through SMTP from {}", properties.from());
        }
    }

    void send(String to, String subject, String body) {
        if (sender == null) {
            log.info("E-mail notice not sent (no spring.mail.host) to {}: {}", to, subject);
            return;
        }
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(properties.from());
        message.setTo(to);
        message.setSubject(subject);
        message.setText(body);
        try {
            sender.send(message);
        } catch (MailException e) {
            log.warn("E-mail notice to {} failed: {}", to, e.getMessage());
        }
    }
}
