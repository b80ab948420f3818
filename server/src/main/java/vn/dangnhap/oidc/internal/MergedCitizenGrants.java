package vn.dangnhap.oidc.internal;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationConsent;
import org.springframework.stereotype.Component;
import vn.dangnhap.citizen.CitizenAccountsMerged;

/**
 * When two citizen accounts of one person are merged: the consents given with the merged account
 * move to the survivor (scopes joined where both had consented to one application), and every grant
 * of the merged account — codes, access and refresh tokens — is revoked, so no application keeps
 * acting for an account that can no longer sign in. Runs inside the merging transaction (a
 * failure undoes the merge).
 */
@Component
class MergedCitizenGrants {

    private static final Logger log = LoggerFactory.getLogger(MergedCitizenGrants.class);

    private final ConsentStore consents;
    private final JdbcClient jdbc;

    MergedCitizenGrants(ConsentStore consents, JdbcClient jdbc) {
        this.consents = consents;
        this.jdbc = jdbc;
    }

    @EventListener
    void on(CitizenAccountsMerged merged) {
        String from = merged.mergedId().toString();
        String to = merged.survivorId().toString();
        List<OAuth2AuthorizationConsent> moving = consents.forPrincipal(from);
        for (OAuth2AuthorizationConsent consent : moving) {
            Set<String> authorities = new TreeSet<>();
            consent.getAuthorities().forEach(a -> authorities.add(a.getAuthority()));
            OAuth2AuthorizationConsent existing = consents.findById(consent.getRegisteredClientId(), to);
            if (existing != null) {
                existing.getAuthorities().stream().map(GrantedAuthority::getAuthority).forEach(authorities::add);
            }
            var joined = OAuth2AuthorizationConsent.withId(consent.getRegisteredClientId(), to);
            authorities.forEach(a -> joined.authority(new org.springframework.security.core.authority.SimpleGrantedAuthority(a)));
            consents.save(joined.build());
            consents.revoke(consent.getRegisteredClientId(), from);
        }
        List<String> grants = jdbc.sql("SELECT id FROM oidc_authorization WHERE principal_name = ?")
                .param(from).query(String.class).list();
        for (String id : grants) {
            jdbc.sql("DELETE FROM oidc_retired_refresh_token WHERE authorization_id = ?").param(id).update();
            jdbc.sql("DELETE FROM oidc_authorization WHERE id = ?").param(id).update();
        }
        log.info("Citizen merge: moved {} consents and revoked {} grants of the merged account {}", moving.size(), grants.size(), from);
    }
}
