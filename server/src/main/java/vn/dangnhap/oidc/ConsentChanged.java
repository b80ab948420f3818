package vn.dangnhap.oidc;

import java.util.Set;

/** An official granted (scopes not empty) or revoked (scopes empty) an application's consent. */
public record ConsentChanged(String clientId, String principalName, Set<String> scopes) {

    public boolean revoked() {
        return scopes.isEmpty();
    }
}
