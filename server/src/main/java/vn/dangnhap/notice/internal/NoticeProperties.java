package vn.dangnhap.notice.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code dangnhap.notices.*}.
 *
 * @param from                   the sender address of every notice
 * @param includeDefaultPassword put a reset account's default password in the e-mail; off by
 *                               default, as mail is not a safe channel for a password
 */
@ConfigurationProperties("dangnhap.notices")
public record NoticeProperties(
        @DefaultValue("no-reply@localhost") String from,
        @DefaultValue("false") boolean includeDefaultPassword) {}
