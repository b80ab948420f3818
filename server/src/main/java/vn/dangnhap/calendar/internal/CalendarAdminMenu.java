package vn.dangnhap.calendar.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.dangnhap.admin.AdminMenuEntry;

/** This module's section of the console. */
@Configuration(proxyBeanMethods = false)
class CalendarAdminMenu {

    @Bean
    AdminMenuEntry calendarSection() {
        return new AdminMenuEntry("/admin/calendar", "admin.nav.calendar", 80);
    }
}
