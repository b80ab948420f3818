package vn.dangnhap.citizen.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.dangnhap.admin.AdminMenuEntry;

/** This module's section of the console. */
@Configuration(proxyBeanMethods = false)
class CitizenAdminMenu {

    @Bean
    AdminMenuEntry citizensSection() {
        return new AdminMenuEntry("/admin/citizens", "admin.nav.citizens", 60);
    }
}
