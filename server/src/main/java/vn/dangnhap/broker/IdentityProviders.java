package vn.dangnhap.broker;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dangnhap.broker.internal.ProviderCatalogue;
import vn.dangnhap.broker.internal.ProviderInputs;
import vn.dangnhap.broker.internal.ProviderStore;
import vn.dangnhap.broker.internal.UpstreamMetadata;
import vn.dangnhap.shared.ConflictException;
import vn.dangnhap.shared.NotFoundException;

/**
 * The upstream identity providers: read them (configuration file and console together), and
 * create, change, enable or disable those of the console. Providers of the configuration file are
 * read-only here (conflict). Validation errors name the field (see {@link IdentityProviderInput}).
 */
@Service
public class IdentityProviders {

    private final ProviderCatalogue catalogue;
    private final ProviderStore store;
    private final UpstreamMetadata metadata;
    private final Clock clock;

    IdentityProviders(ProviderCatalogue catalogue, ProviderStore store, UpstreamMetadata metadata, Clock clock) {
        this.catalogue = catalogue;
        this.store = store;
        this.metadata = metadata;
        this.clock = clock;
    }

    public List<IdentityProvider> all() {
        return catalogue.all();
    }

    /** The enabled providers, as the login page shows them. */
    public List<IdentityProvider> enabled() {
        return catalogue.enabled();
    }

    public Optional<IdentityProvider> find(String alias) {
        return catalogue.find(alias);
    }

    public IdentityProvider provider(String alias) {
        return find(alias).orElseThrow(() -> new NotFoundException("broker.provider.not-found"));
    }

    /** The VNeID preset, as the console's "add VNeID" form starts. */
    public IdentityProviderInput vneidPreset() {
        return ProviderInputs.vneidPreset();
    }

    @Transactional
    public IdentityProvider create(IdentityProviderInput input) {
        ProviderInputs.Checked checked = ProviderInputs.check(input, true, false);
        String alias = checked.provider().alias();
        if (catalogue.inConfiguration(alias)) {
            throw new ConflictException("broker.provider.in-configuration", alias);
        }
        if (store.byAlias(alias).isPresent()) {
            throw new ConflictException("broker.provider.alias-taken", alias);
        }
        store.insert(checked.provider(), sealed(checked), clock.instant());
        metadata.forget(alias);
        return provider(alias);
    }

    @Transactional
    public IdentityProvider update(String alias, IdentityProviderInput input) {
        ProviderStore.StoredProvider current = stored(alias);
        IdentityProviderInput sameAlias = new IdentityProviderInput(alias, input.preset(), input.label(), input.icon(),
                input.issuer(), input.clientId(), input.clientSecret(), input.scopes(), input.pinClaims(), input.nameClaims(),
                input.birthDateClaim(), input.birthDateFormat(), input.ialClaim(), input.allowOfficials(),
                input.enabled() == null ? current.provider().enabled() : input.enabled());
        ProviderInputs.Checked checked = ProviderInputs.check(sameAlias, false, false);
        IdentityProvider next = checked.provider();
        String sealed;
        if ("UNCHANGED".equals(next.secretSource())) {
            IdentityProvider before = current.provider();
            next = new IdentityProvider(next.alias(), next.label(), next.icon(), next.issuer(), next.clientId(),
                    before.secretSource(), before.secretReference(), next.scopes(), next.mapping(), next.allowOfficials(),
                    next.enabled(), false);
            sealed = current.sealedSecret();
        } else {
            sealed = sealed(checked);
        }
        store.update(next, sealed, clock.instant());
        metadata.forget(alias);
        return provider(alias);
    }

    @Transactional
    public IdentityProvider setEnabled(String alias, boolean enabled) {
        ProviderStore.StoredProvider current = stored(alias);
        IdentityProvider p = current.provider();
        store.update(new IdentityProvider(p.alias(), p.label(), p.icon(), p.issuer(), p.clientId(), p.secretSource(),
                p.secretReference(), p.scopes(), p.mapping(), p.allowOfficials(), enabled, false), current.sealedSecret(),
                clock.instant());
        return provider(alias);
    }

    private String sealed(ProviderInputs.Checked checked) {
        return checked.plainSecret() == null ? null : catalogue.seal(checked.plainSecret(), checked.provider().alias());
    }

    private ProviderStore.StoredProvider stored(String alias) {
        if (catalogue.inConfiguration(alias)) {
            throw new ConflictException("broker.provider.in-configuration", alias);
        }
        return store.byAlias(alias).orElseThrow(() -> new NotFoundException("broker.provider.not-found"));
    }
}
