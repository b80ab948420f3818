package vn.dangnhap.credential;

import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code dangnhap.password.lifecycle.*}: how long a password lives (issue 4: a password older
 * than 6 months locks the account; warnings from 14 days before).
 *
 * @param maxAge     age at which a password expires (default {@code P6M})
 * @param warnBefore how long before expiry the owner is warned (default {@code P14D})
 */
@ConfigurationProperties("dangnhap.password.lifecycle")
public record PasswordLifecycleSettings(
        @DefaultValue("P6M") Period maxAge,
        @DefaultValue("P14D") Period warnBefore) {}
