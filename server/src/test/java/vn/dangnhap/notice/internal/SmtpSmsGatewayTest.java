package vn.dangnhap.notice.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import vn.dangnhap.directory.PhoneNumber;

/** The {@code smtp} SMS gateway delivers to a real SMTP server (GreenMail), addressed by number. */
class SmtpSmsGatewayTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    @Test
    void mailsTheTextToTheEmailToSmsAddressOfTheNumber() throws Exception {
        gateway("{number}@sms.example.vn").send(PhoneNumber.parseOrNull("0912 345 678"), "Ma xac thuc: 123456");

        MimeMessage[] received = SMTP.getReceivedMessages();
        assertThat(received).hasSize(1);
        assertThat(received[0].getAllRecipients()[0].toString()).isEqualTo("84912345678@sms.example.vn");
        assertThat(received[0].getSubject()).isEqualTo("SMS");
        assertThat(received[0].getFrom()[0].toString()).isEqualTo("no-reply@demo.gov.vn");
        assertThat(GreenMailUtil.getBody(received[0]).strip()).isEqualTo("Ma xac thuc: 123456");
    }

    @Test
    void refusesToStartWithoutAnAddress() {
        assertThatThrownBy(() -> gateway(" ")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("dangnhap.sms.smtp.to");
    }

    private static SmtpSmsGateway gateway(String to) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(SMTP.getSmtp().getPort());
        MailOut mail = new MailOut(new StaticListableBeanFactory(Map.of("mailSender", sender)).getBeanProvider(JavaMailSender.class),
                new NoticeProperties("no-reply@demo.gov.vn", false));
        return new SmtpSmsGateway(mail, new SmsProperties("smtp", new SmsProperties.Log(false), new SmsProperties.Smtp(to, "SMS"),
                new SmsProperties.Http(null, null, Duration.ofSeconds(1), Duration.ofSeconds(1))));
    }
}
