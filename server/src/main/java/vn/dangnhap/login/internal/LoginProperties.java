package vn.dangnhap.login.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code dangnhap.login.*}.
 *
 * @param rememberMeIdle how long a session stays alive without use when the official ticked
 *                       "Ghi nhớ đăng nhập" (otherwise {@code server.servlet.session.timeout})
 */
@ConfigurationProperties("dangnhap.login")
record LoginProperties(@DefaultValue("7d") Duration rememberMeIdle) {}
