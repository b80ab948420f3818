package vn.dangnhap.profile;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import vn.dangnhap.directory.PhoneNumber;
import vn.dangnhap.notice.SmsGateway;

/**
 * A phone that receives every text message: the application's SMS gateway, replaced at its
 * documented plug-in point, so a test can read the one-time codes as the official would.
 */
public final class CapturedSms implements SmsGateway {

    public record Sms(PhoneNumber to, String text) {

        public String code() {
            Matcher m = Pattern.compile("\\b([0-9]{6})\\b").matcher(text);
            if (!m.find()) {
                throw new AssertionError("no 6-digit code in: " + text);
            }
            return m.group(1);
        }
    }

    private final List<Sms> sent = new CopyOnWriteArrayList<>();

    @Override
    public void send(PhoneNumber to, String text) {
        sent.add(new Sms(to, text));
    }

    public List<Sms> to(String e164) {
        return sent.stream().filter(s -> s.to().e164().equals(e164)).toList();
    }

    public int count() {
        return sent.size();
    }

    @TestConfiguration(proxyBeanMethods = false)
    public static class Config {

        @Bean
        @Primary
        CapturedSms capturedSms() {
            return new CapturedSms();
        }
    }
}
