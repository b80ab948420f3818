package vn.dangnhap.linking.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.dangnhap.admin.AdminMenuEntry;

/** This module's section of the console. */
@Configuration(proxyBeanMethods = false)
class LinkingAdminMenu {

    @Bean
    AdminMenuEntry linksSection() {
        return new AdminMenuEntry("/admin/links", "admin.nav.links", 50);
    }
}
