package vn.dangnhap.web;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;

/**
 * A module's part of the admin REST API's security chain ({@code /api/**}: stateless, no cookie) —
 * e.g. the login module's HTTP Basic and the refusal of default passwords. Implement as a bean.
 */
public interface ApiSecurity {

    void configureApi(HttpSecurity http) throws Exception;
}
