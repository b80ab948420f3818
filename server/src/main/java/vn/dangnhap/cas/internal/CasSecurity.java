package vn.dangnhap.cas.internal;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.stereotype.Component;
import vn.dangnhap.web.PageSecurity;

/**
 * {@code POST /cas/samlValidate} is called by an application's server, not a browser: no session, no
 * CSRF token (the ticket in the body is the credential, as for the GET validation endpoints).
 */
@Component
class CasSecurity implements PageSecurity {

    @Override
    public void configurePages(HttpSecurity http) throws Exception {
        http.csrf(csrf -> csrf.ignoringRequestMatchers("/cas/samlValidate"));
    }
}
