package vn.dangnhap.oidc.internal;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationConsent;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationConsentService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.dangnhap.oidc.ConsentChanged;

/** Remembered consents ({@code oidc_consent}): one row per application and official. */
@Component
class ConsentStore implements OAuth2AuthorizationConsentService {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    ConsentStore(JdbcClient jdbc, Clock clock, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.events = events;
    }

    @Override
    @Transactional
    public void save(OAuth2AuthorizationConsent consent) {
        String authorities = consent.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .sorted().collect(Collectors.joining(" "));
        jdbc.sql("DELETE FROM oidc_consent WHERE client_id = ? AND principal_name = ?")
                .params(consent.getRegisteredClientId(), consent.getPrincipalName()).update();
        jdbc.sql("INSERT INTO oidc_consent (client_id, principal_name, authorities, granted_at) VALUES (?, ?, ?, ?)")
                .params(consent.getRegisteredClientId(), consent.getPrincipalName(), authorities,
                        clock.instant().atOffset(ZoneOffset.UTC))
                .update();
        events.publishEvent(new ConsentChanged(consent.getRegisteredClientId(), consent.getPrincipalName(), consent.getScopes()));
    }

    @Override
    @Transactional
    public void remove(OAuth2AuthorizationConsent consent) {
        revoke(consent.getRegisteredClientId(), consent.getPrincipalName());
    }

    boolean revoke(String clientId, String principalName) {
        int removed = jdbc.sql("DELETE FROM oidc_consent WHERE client_id = ? AND principal_name = ?")
                .params(clientId, principalName).update();
        if (removed > 0) {
            events.publishEvent(new ConsentChanged(clientId, principalName, Set.of()));
        }
        return removed > 0;
    }

    @Override
    public OAuth2AuthorizationConsent findById(String registeredClientId, String principalName) {
        return jdbc.sql("SELECT authorities FROM oidc_consent WHERE client_id = ? AND principal_name = ?")
                .params(registeredClientId, principalName)
                .query(String.class)
                .optional()
                .map(authorities -> {
                    var builder = OAuth2AuthorizationConsent.withId(registeredClientId, principalName);
                    Arrays.stream(authorities.split(" ")).filter(a -> !a.isBlank())
                            .forEach(a -> builder.authority(new SimpleGrantedAuthority(a)));
                    return builder.build();
                })
                .orElse(null);
    }

    /** The applications an official has consented to, with the scopes. */
    List<OAuth2AuthorizationConsent> forPrincipal(String principalName) {
        return jdbc.sql("SELECT client_id FROM oidc_consent WHERE principal_name = ? ORDER BY client_id")
                .param(principalName).query(String.class).list()
                .stream().map(clientId -> findById(clientId, principalName)).toList();
    }
}
