package vn.dangnhap;

import java.time.Clock;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;
import vn.dangnhap.shared.BusinessTime;

/** Dangnhap: centralized authentication and single sign-on for Vietnamese public bodies. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class DangnhapApplication {

    public static void main(String[] args) {
        if (vn.dangnhap.config.ConfigCommandLine.isCommand(args)) {
            // java -jar dangnhap.jar config validate|plan|apply|export …: no web server, then exit.
            System.exit(vn.dangnhap.config.ConfigCommandLine.run(DangnhapApplication.class, args, System.out, System.err));
        }
        SpringApplication.run(DangnhapApplication.class, args);
    }

    @Bean
    Clock clock() {
        return Clock.system(BusinessTime.ZONE);
    }
}
