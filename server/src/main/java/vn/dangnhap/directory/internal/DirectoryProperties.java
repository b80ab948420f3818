package vn.dangnhap.directory.internal;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;
import vn.dangnhap.shared.AdministratorSettings;

/**
 * {@code dangnhap.directory.*}.
 *
 * @param loginDomains the official e-mail domains accepted at login; the first is appended when
 *                     the user types only the local part
 */
@ConfigurationProperties("dangnhap.directory")
@AdministratorSettings(order = 10)
@Validated
public record DirectoryProperties(
        @DefaultValue("demo.gov.vn")
        @NotEmpty(message = "name at least one login domain, e.g. [tinh.gov.vn]")
        List<@Pattern(regexp = "(?i)[a-z0-9]([a-z0-9-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+",
                message = "must be a domain name such as tinh.gov.vn") String> loginDomains) {}
