package vn.dangnhap.broker;

import java.util.List;

/**
 * An upstream OpenID Connect provider as pages and the API show it. The client secret itself is
 * never part of it: {@code secretSource} says where it lives ({@code ENCRYPTED} in the database,
 * {@code ENV} an environment variable named by {@code secretReference}, {@code CONFIGURATION}).
 *
 * @param fromConfiguration defined in the configuration file: read-only in the admin console
 */
public record IdentityProvider(String alias, String label, String icon, String issuer, String clientId,
                               String secretSource, String secretReference, List<String> scopes, ClaimMapping mapping,
                               boolean allowOfficials, boolean enabled, boolean fromConfiguration) {

    public IdentityProvider {
        scopes = List.copyOf(scopes);
    }

    public String scopeString() {
        return String.join(" ", scopes);
    }
}
