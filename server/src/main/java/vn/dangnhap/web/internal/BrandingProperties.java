package vn.dangnhap.web.internal;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;
import vn.dangnhap.shared.AdministratorSettings;

/**
 * {@code dangnhap.branding.*}: what the pages say about the province running them.
 *
 * @param provinceName shown above the login form and in the portal header
 * @param systemName   the portal's title
 * @param logoUrl      the logo image (a path on this server or an absolute http(s) URL)
 * @param helpdesk     who to contact, shown under the login form (empty: hidden)
 */
@ConfigurationProperties("dangnhap.branding")
@AdministratorSettings(group = "branding", order = 20)
@Validated
public record BrandingProperties(
        @DefaultValue("TỈNH DEMO") @Size(max = 500, message = "must have at most 500 characters") String provinceName,
        @DefaultValue("Cổng đăng nhập tập trung") @Size(max = 500, message = "must have at most 500 characters") String systemName,
        @DefaultValue("/img/logo.svg")
        @Pattern(regexp = "/(?!/).*|(?i)https?://[^/\\s]+.*",
                message = "must be a path on this server (/img/logo.svg) or a full https:// URL") String logoUrl,
        @DefaultValue("") @Size(max = 500, message = "must have at most 500 characters") String helpdesk) {}
