package vn.dangnhap.citizen;

import java.time.LocalDate;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code dangnhap.citizen.*}.
 *
 * @param passwordCutoff the day from which citizen password logins end and unverified legacy accounts may be
 *                       disabled in bulk ({@code dangnhap.citizen.password-cutoff}; Decree 59/2022 art. 40:
 *                       portal accounts end 2024-07-01), a Vietnamese calendar day
 */
@ConfigurationProperties("dangnhap.citizen")
public record CitizenSettings(@DefaultValue("2024-07-01") LocalDate passwordCutoff) {}
