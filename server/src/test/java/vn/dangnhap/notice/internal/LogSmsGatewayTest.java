package vn.dangnhap.notice.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import vn.dangnhap.directory.PhoneNumber;

/** The {@code log} SMS gateway hides the code and the number, except where the demo asks to show the code. */
@ExtendWith(OutputCaptureExtension.class)
class LogSmsGatewayTest {

    @Test
    void masksTheDigitsOfTheTextAndTheMiddleOfTheNumber(CapturedOutput output) {
        gateway(false).send(PhoneNumber.parseOrNull("0912345678"), "Ma xac thuc: 123456");
        assertThat(output.getOut()).contains("+84******678", "Ma xac thuc: ******").doesNotContain("123456", "912345678");
    }

    @Test
    void showsTheTextWhenConfiguredForTheDemo(CapturedOutput output) {
        gateway(true).send(PhoneNumber.parseOrNull("0912345678"), "Ma xac thuc: 654321");
        assertThat(output.getOut()).contains("+84******678", "Ma xac thuc: 654321");
    }

    private static LogSmsGateway gateway(boolean showText) {
        return new LogSmsGateway(new SmsProperties("log", new SmsProperties.Log(showText), new SmsProperties.Smtp(null, "SMS"),
                new SmsProperties.Http(null, null, Duration.ofSeconds(1), Duration.ofSeconds(1))));
    }
}
