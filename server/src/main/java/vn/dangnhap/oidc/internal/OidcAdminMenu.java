package vn.dangnhap.oidc.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.dangnhap.admin.AdminMenuEntry;

/** This module's section of the console. */
@Configuration(proxyBeanMethods = false)
class OidcAdminMenu {

    @Bean
    AdminMenuEntry signingKeysSection() {
        return new AdminMenuEntry("/admin/keys", "admin.nav.keys", 70);
    }
}
