package vn.dangnhap.broker.internal;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.util.DefaultResourceRetriever;
import com.nimbusds.oauth2.sdk.GeneralException;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.openid.connect.sdk.op.OIDCProviderMetadata;
import com.nimbusds.openid.connect.sdk.validators.IDTokenValidator;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;
import vn.dangnhap.broker.IdentityProvider;

/**
 * A provider's discovery document ({@code {issuer}/.well-known/openid-configuration}), fetched on
 * first use and kept for {@code dangnhap.broker.discovery-cache-ttl}, and the ID token validator
 * built from it: RS256 only, signature against the provider's JWKS (cached, refetched when an
 * unknown key id appears), {@code iss}, {@code aud}, {@code exp}/{@code iat} with
 * {@code dangnhap.broker.clock-skew}, {@code nonce} (OpenID Connect Core 1.0 §3.1.3.7).
 */
@Component
public class UpstreamMetadata {

    /** A provider as discovered. */
    record Upstream(String issuer, String clientId, OIDCProviderMetadata metadata, IDTokenValidator validator, Instant fetchedAt) {}

    private final BrokerProperties properties;
    private final Clock clock;
    private final Map<String, Upstream> cache = new ConcurrentHashMap<>();

    UpstreamMetadata(BrokerProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
    }

    /** @throws UpstreamLoginRefused {@code UNREACHABLE} when the discovery document cannot be fetched or read */
    Upstream of(IdentityProvider provider) {
        Upstream cached = cache.get(provider.alias());
        Instant now = clock.instant();
        if (cached != null && cached.issuer().equals(provider.issuer()) && cached.clientId().equals(provider.clientId())
                && cached.fetchedAt().plus(properties.discoveryCacheTtl()).isAfter(now)) {
            return cached;
        }
        int timeout = (int) properties.httpTimeout().toMillis();
        try {
            OIDCProviderMetadata metadata = OIDCProviderMetadata.resolve(new Issuer(provider.issuer()), timeout, timeout);
            if (metadata.getJWKSetURI() == null || metadata.getTokenEndpointURI() == null) {
                throw new UpstreamLoginRefused("UNREACHABLE", "broker.error.unreachable", "discovery without jwks_uri or token_endpoint");
            }
            IDTokenValidator validator = new IDTokenValidator(metadata.getIssuer(), new ClientID(provider.clientId()),
                    JWSAlgorithm.RS256, metadata.getJWKSetURI().toURL(), new DefaultResourceRetriever(timeout, timeout, 512 * 1024));
            validator.setMaxClockSkew((int) properties.clockSkew().toSeconds());
            Upstream upstream = new Upstream(provider.issuer(), provider.clientId(), metadata, validator, now);
            cache.put(provider.alias(), upstream);
            return upstream;
        } catch (GeneralException | IOException e) {
            throw new UpstreamLoginRefused("UNREACHABLE", "broker.error.unreachable", "discovery: " + e.getClass().getSimpleName());
        }
    }

    /** Drops what was discovered, after the provider was changed in the console. */
    public void forget(String alias) {
        cache.remove(alias);
    }
}
