package vn.dangnhap.credential.internal;

import org.hibernate.validator.constraints.Range;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.validation.annotation.Validated;
import vn.dangnhap.shared.AdministratorSettings;

/**
 * {@code dangnhap.password.argon2.*}: Argon2id parameters. Defaults are OWASP's minimum
 * (m = 19 MiB, t = 2, p = 1). Each hash records the parameters it was made with, so raising them
 * takes effect for new hashes at once and for old ones at the owner's next login.
 * {@code maxConcurrent} bounds how many hashes run at once (0 = one per processor): requests are
 * served on virtual threads, and without a bound a burst of logins would each allocate the
 * memory cost at once and thrash instead of queueing.
 *
 * @param memoryKib     Argon2id memory (KiB); OWASP's minimum is 19 MiB
 * @param iterations    Argon2id passes
 * @param parallelism   Argon2id lanes
 * @param saltLength    salt length (bytes)
 * @param hashLength    hash length (bytes)
 * @param maxConcurrent how many hashes may run at once (0: one per processor)
 */
@ConfigurationProperties("dangnhap.password.argon2")
@AdministratorSettings(group = "passwordHashing", order = 40, except = "max-concurrent")
@Validated
public record Argon2Settings(
        @DefaultValue("19456") @Range(min = 8, max = 4_194_304) int memoryKib,
        @DefaultValue("2") @Range(min = 1, max = 100) int iterations,
        @DefaultValue("1") @Range(min = 1, max = 64) int parallelism,
        @DefaultValue("16") @Range(min = 8, max = 64) int saltLength,
        @DefaultValue("32") @Range(min = 16, max = 128) int hashLength,
        @DefaultValue("0") int maxConcurrent) {

    @Configuration(proxyBeanMethods = false)
    static class EncoderConfiguration {

        @Bean
        PasswordEncoder passwordEncoder(Argon2Settings settings) {
            int permits = settings.maxConcurrent() > 0 ? settings.maxConcurrent() : Runtime.getRuntime().availableProcessors();
            return new BoundedPasswordEncoder(new Argon2PasswordEncoder(settings.saltLength(), settings.hashLength(),
                    settings.parallelism(), settings.memoryKib(), settings.iterations()), permits);
        }
    }
}
