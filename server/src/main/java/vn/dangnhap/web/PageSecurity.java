package vn.dangnhap.web;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;

/**
 * A module's part of the browser pages' security chain — e.g. the login module's form login and
 * logout. The web module builds the chain (who may reach which path, headers, CSRF, sessions) and
 * applies every contribution; implement as a bean.
 */
public interface PageSecurity {

    void configurePages(HttpSecurity http) throws Exception;
}
