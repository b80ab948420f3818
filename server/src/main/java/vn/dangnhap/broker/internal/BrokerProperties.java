package vn.dangnhap.broker.internal;

import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code dangnhap.broker.*}.
 *
 * @param providers         providers defined in the configuration file, by alias; they win over a
 *                          console-defined provider with the same alias (which the console then refuses to create)
 * @param discoveryCacheTtl how long a provider's discovery document (and its key set address) is kept
 * @param clockSkew         the tolerance on the ID token's {@code exp} and {@code iat}
 * @param httpTimeout       connect and read timeout towards the provider
 */
@ConfigurationProperties("dangnhap.broker")
public record BrokerProperties(Map<String, ConfiguredProvider> providers,
                               @DefaultValue("1h") Duration discoveryCacheTtl,
                               @DefaultValue("60s") Duration clockSkew,
                               @DefaultValue("5s") Duration httpTimeout) {

    public BrokerProperties {
        providers = providers == null ? Map.of() : Map.copyOf(providers);
    }

    /** One provider as the configuration file says it; empty fields take the preset's value (alias {@code vneid}: the VNeID preset). */
    public record ConfiguredProvider(String preset, String label, String icon, String issuer, String clientId,
                                     String clientSecret, String scopes, String pinClaims, String nameClaims,
                                     String birthDateClaim, String birthDateFormat, String ialClaim,
                                     Boolean allowOfficials, Boolean enabled) {}
}
