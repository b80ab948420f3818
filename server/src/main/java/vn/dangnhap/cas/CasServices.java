package vn.dangnhap.cas;

import java.net.URI;
import java.net.URISyntaxException;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dangnhap.cas.internal.ServiceStore;
import vn.dangnhap.directory.ApplicationCatalogue;
import vn.dangnhap.shared.cache.CachedValue;
import vn.dangnhap.shared.cache.ClusterCaches;
import vn.dangnhap.shared.ConflictException;
import vn.dangnhap.shared.InvalidInputException;
import vn.dangnhap.shared.NotFoundException;

/**
 * The CAS service registry: which service URLs may ask for tickets, under which application code.
 * Kept in memory ({@link ClusterCaches}, {@code cas.services}) and dropped on every node at each
 * change, so {@code /cas/login} and validation do not query it.
 */
@Service
public class CasServices {

    private static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9-]{1,39}");
    private static final Pattern MARKUP_OR_CONTROL = Pattern.compile("[<>\\p{Cntrl}]");

    private final ServiceStore store;
    private final ApplicationCatalogue applications;
    private static final String CACHE = "cas.services";

    private final ClusterCaches caches;
    private final CachedValue<List<CasService>> registry;

    public CasServices(ServiceStore store, ApplicationCatalogue applications, ClusterCaches caches) {
        this.store = store;
        this.applications = applications;
        this.caches = caches;
        this.registry = caches.value(CACHE, store::all);
    }

    public List<CasService> all() {
        return registry.get();
    }

    public Optional<CasService> find(String code) {
        return code == null ? Optional.empty()
                : all().stream().filter(s -> s.code().equals(code.strip().toLowerCase(Locale.ROOT))).findFirst();
    }

    public CasService service(String code) {
        return find(code).orElseThrow(() -> new NotFoundException("cas.service.not-found"));
    }

    /** The registration the service URL matches, enabled or not; the first by code when several do. */
    public Optional<CasService> forServiceUrl(String service) {
        return all().stream().filter(s -> s.matches(service)).findFirst();
    }

    @Transactional
    public CasService create(CasServiceInput input) {
        String code = code(input.code());
        // The service belongs to the application of the same code: its access rules, audience and release rule apply.
        if (applications.find(code).isEmpty()) {
            throw new InvalidInputException("code", "cas.service.application.unknown", code);
        }
        if (store.byCode(code).isPresent()) {
            throw new ConflictException("cas.service.code-taken", code);
        }
        store.insert(validate(code, input, true));
        forgetCache();
        return service(code);
    }

    @Transactional
    public CasService update(String code, CasServiceInput input) {
        CasService current = service(code);
        CasService changed = validate(current.code(), input, current.enabled());
        store.update(changed);
        forgetCache();
        return service(current.code());
    }

    @Transactional
    public CasService setEnabled(String code, boolean enabled) {
        CasService current = service(code);
        store.setEnabled(current.code(), enabled);
        forgetCache();
        return service(current.code());
    }

    /** Every node reads the registry again once the change commits. */
    private void forgetCache() {
        caches.changed(CACHE);
    }

    /**
     * The rules a CAS registration as typed must meet that need no stored data (code, name, service
     * pattern); {@link InvalidInputException} naming the field otherwise. {@link #create} and
     * {@link #update} check them too.
     */
    public static void check(CasServiceInput input) {
        validate(code(input.code()), input, true);
    }

    private static String code(String input) {
        String code = input == null ? "" : input.strip().toLowerCase(Locale.ROOT);
        if (!CODE.matcher(code).matches()) {
            throw new InvalidInputException("code", "application.code.invalid");
        }
        return code;
    }

    private static CasService validate(String code, CasServiceInput input, boolean enabled) {
        String name = input.name() == null ? "" : Normalizer.normalize(input.name(), Normalizer.Form.NFC).strip();
        if (name.isEmpty()) {
            throw new InvalidInputException("name", "name.required");
        }
        if (name.length() > 200) {
            throw new InvalidInputException("name", "name.too-long", 200);
        }
        if (MARKUP_OR_CONTROL.matcher(name).find()) {
            throw new InvalidInputException("name", "name.invalid-characters");
        }
        return new CasService(code, name, servicePattern(input.servicePattern()), enabled,
                input.sloEnabled() == null || input.sloEnabled());
    }

    /**
     * An absolute http(s) URL without user info, or an anchored regular expression {@code ^…$}
     * that compiles; at most 2,000 characters.
     */
    static String servicePattern(String input) {
        String text = input == null ? "" : input.strip();
        if (text.isEmpty()) {
            throw new InvalidInputException("servicePattern", "cas.service.pattern.required");
        }
        if (text.length() > 2000 || text.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidInputException("servicePattern", "cas.service.pattern.invalid");
        }
        if (text.startsWith("^")) {
            if (!text.endsWith("$")) {
                throw new InvalidInputException("servicePattern", "cas.service.pattern.invalid");
            }
            try {
                Pattern.compile(text);
            } catch (PatternSyntaxException e) {
                throw new InvalidInputException("servicePattern", "cas.service.pattern.invalid");
            }
            return text;
        }
        try {
            URI uri = new URI(text);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("https") || scheme.equals("http")) || uri.getHost() == null || uri.getUserInfo() != null) {
                throw new InvalidInputException("servicePattern", "cas.service.pattern.invalid");
            }
        } catch (URISyntaxException e) {
            throw new InvalidInputException("servicePattern", "cas.service.pattern.invalid");
        }
        return text;
    }
}
