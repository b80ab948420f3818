package vn.dangnhap.web.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code dangnhap.branding.*}: what the pages say about the province running them.
 *
 * @param provinceName shown above the login form and in the portal header
 * @param systemName   the portal's title
 * @param logoUrl      the logo image (a path under {@code /img} or an absolute URL on this host)
 * @param helpdesk     who to contact, shown under the login form
 */
@ConfigurationProperties("dangnhap.branding")
public record BrandingProperties(
        @DefaultValue("TỈNH DEMO") String provinceName,
        @DefaultValue("Cổng đăng nhập tập trung") String systemName,
        @DefaultValue("/img/logo.svg") String logoUrl,
        @DefaultValue("") String helpdesk) {}
