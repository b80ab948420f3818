package vn.dangnhap.oidc.internal;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The claims about whoever a token is for: an official ({@link OfficialClaims}) or a citizen
 * ({@link CitizenClaims}); both are keyed by account id, the {@code sub}.
 */
@Component
class SubjectClaims {

    private final OfficialClaims officials;
    private final CitizenClaims citizens;

    SubjectClaims(OfficialClaims officials, CitizenClaims citizens) {
        this.officials = officials;
        this.citizens = citizens;
    }

    /** Empty when the subject is no account (e.g. a client acting for itself). */
    Optional<Map<String, Object>> forSubject(String subject, Set<String> scopes, String clientId) {
        UUID id;
        try {
            id = UUID.fromString(subject);
        } catch (IllegalArgumentException | NullPointerException e) {
            return Optional.empty();
        }
        return officials.forSubject(subject, scopes, clientId).or(() -> citizens.forSubject(id, scopes, clientId));
    }
}
