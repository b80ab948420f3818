package vn.dangnhap.bench.gatling;

import java.util.Arrays;

/** The seven operations of issue 8, in the order. */
public enum Scenario {
    LOGIN("login", "1. password login: authorize → form → POST → code → token", false),
    SSO("sso", "2. SSO login with a session → code → token", false),
    CLIENT_CREDENTIALS("client-credentials", "3. client credentials", false),
    REFRESH("refresh", "4. refresh token", false),
    USERINFO("userinfo", "5. UserInfo with a bearer token", false),
    CAS("cas", "6. CAS: session → service ticket → p3/serviceValidate", true),
    INTROSPECT("introspect", "7. token introspection", false),
    /** Not a scenario of the issue: password logins without the token step, to open many SSO sessions. */
    SESSIONS("sessions", "password logins that open SSO sessions", false);

    public final String id;
    public final String title;
    /** Only targets with a CAS server (Dangnhap). */
    public final boolean casOnly;

    Scenario(String id, String title, boolean casOnly) {
        this.id = id;
        this.title = title;
        this.casOnly = casOnly;
    }

    public static Scenario of(String id) {
        return Arrays.stream(values()).filter(s -> s.id.equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown scenario " + id + "; one of login, sso, "
                        + "client-credentials, refresh, userinfo, cas, introspect"));
    }
}
