package vn.dangnhap.broker.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import vn.dangnhap.broker.IdentityProvider;
import vn.dangnhap.broker.IdentityProviderInput;
import vn.dangnhap.shared.InvalidInputException;
import vn.dangnhap.shared.MasterKey;

/**
 * Every upstream provider: those of the configuration file (checked at start-up; a bad one stops
 * the server with the field named) and those of the console. The configuration file wins when both
 * define an alias. Also where a provider's client secret is read.
 */
@Component
public class ProviderCatalogue {

    private final ProviderStore store;
    private final MasterKey masterKey;
    private final Environment env;
    private final Map<String, ProviderInputs.Checked> configured = new LinkedHashMap<>();

    ProviderCatalogue(ProviderStore store, MasterKey masterKey, Environment env, BrokerProperties properties) {
        this.store = store;
        this.masterKey = masterKey;
        this.env = env;
        properties.providers().forEach((alias, p) -> {
            IdentityProviderInput input = new IdentityProviderInput(alias, p.preset(), p.label(), p.icon(), p.issuer(),
                    p.clientId(), p.clientSecret(), p.scopes(), p.pinClaims(), p.nameClaims(), p.birthDateClaim(),
                    p.birthDateFormat(), p.ialClaim(), p.allowOfficials(), p.enabled());
            try {
                ProviderInputs.Checked checked = ProviderInputs.check(input, true, true);
                configured.put(checked.provider().alias(), checked);
            } catch (InvalidInputException e) {
                throw new IllegalStateException("dangnhap.broker.providers." + alias + "." + e.field()
                        + " is not valid (" + e.messageKey() + ")");
            }
        });
    }

    public List<IdentityProvider> all() {
        List<IdentityProvider> all = new ArrayList<>();
        configured.values().forEach(c -> all.add(c.provider()));
        store.all().stream().map(ProviderStore.StoredProvider::provider)
                .filter(p -> !configured.containsKey(p.alias())).forEach(all::add);
        all.sort(Comparator.comparing(IdentityProvider::alias));
        return all;
    }

    public List<IdentityProvider> enabled() {
        return all().stream().filter(IdentityProvider::enabled).toList();
    }

    public Optional<IdentityProvider> find(String alias) {
        if (alias == null) {
            return Optional.empty();
        }
        ProviderInputs.Checked fromFile = configured.get(alias);
        if (fromFile != null) {
            return Optional.of(fromFile.provider());
        }
        return store.byAlias(alias).map(ProviderStore.StoredProvider::provider);
    }

    public boolean inConfiguration(String alias) {
        return configured.containsKey(alias);
    }

    /** The client secret, for the token request only. */
    String clientSecret(IdentityProvider provider) {
        ProviderInputs.Checked fromFile = configured.get(provider.alias());
        if (fromFile != null) {
            return fromFile.plainSecret();
        }
        ProviderStore.StoredProvider stored = store.byAlias(provider.alias()).orElseThrow();
        if (stored.provider().secretReference() != null) {
            String value = env.getProperty(stored.provider().secretReference());
            if (value == null || value.isBlank()) {
                throw new IllegalStateException("Environment variable " + stored.provider().secretReference()
                        + " (client secret of provider " + provider.alias() + ") is not set");
            }
            return value;
        }
        return masterKey.decrypt(stored.sealedSecret(), "broker:" + provider.alias());
    }

    public String seal(String plain, String alias) {
        return masterKey.encrypt(plain, "broker:" + alias);
    }
}
