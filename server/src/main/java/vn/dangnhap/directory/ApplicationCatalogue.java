package vn.dangnhap.directory;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dangnhap.directory.internal.ApplicationStore;
import vn.dangnhap.shared.cache.CachedValue;
import vn.dangnhap.shared.cache.ClusterCaches;
import vn.dangnhap.shared.ConflictException;
import vn.dangnhap.shared.InvalidInputException;
import vn.dangnhap.shared.NotFoundException;

/**
 * The connected applications — what a tile opens, an OpenID Connect client or CAS service belongs
 * to, and an access rule or release rule is about: list, look-up, and validated changes. Kept in
 * memory ({@link CachedValue}): the entry decision reads it on every sign-in.
 */
@Service
public class ApplicationCatalogue {

    private static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9-]{1,39}");
    private static final Pattern MARKUP_OR_CONTROL = Pattern.compile("[<>\\p{Cntrl}]");

    private final ApplicationStore store;
    private final AccessRules access;
    private final CachedValue<Map<String, Application>> byCode;

    private final ClusterCaches caches;

    public ApplicationCatalogue(ApplicationStore store, AccessRules access, ClusterCaches caches) {
        this.caches = caches;
        this.store = store;
        this.access = access;
        this.byCode = caches.value("directory.applications", () -> {
            Map<String, Application> apps = new LinkedHashMap<>();
            store.all().forEach(app -> apps.put(app.code(), app));
            return Collections.unmodifiableMap(apps);
        });
    }

    /** Every application, in tile order (sort order, then name). */
    public List<Application> all() {
        return List.copyOf(byCode.get().values());
    }

    public List<Application> enabled() {
        return byCode.get().values().stream().filter(Application::enabled).toList();
    }

    /**
     * Enabled applications for officials that no official may open, because no access rule names
     * anyone: an administrator has to give them rules (e.g. those attached to clients registered
     * before every client belonged to an application).
     */
    public List<Application> withoutAccessRules() {
        return enabled().stream()
                .filter(app -> access.audience(app.code()).audience().officials())
                .filter(app -> access.rules(app.code()).isEmpty())
                .toList();
    }

    public Optional<Application> find(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(byCode.get().get(code.strip().toLowerCase(Locale.ROOT)));
    }

    public Application application(String code) {
        return find(code).orElseThrow(() -> new NotFoundException("application.not-found"));
    }

    @Transactional
    public Application create(ApplicationInput input) {
        String code = code(input.code());
        if (store.byCode(code).isPresent()) {
            throw ConflictException.onField("code", "application.code-taken", code);
        }
        store.insert(validate(code, input));
        caches.changed("directory.applications");
        return application(code);
    }

    @Transactional
    public Application update(String code, ApplicationInput input) {
        Application current = application(code);
        Application changed = validate(current.code(), input);
        store.update(new Application(changed.code(), changed.name(), changed.description(), changed.icon(),
                changed.launchUrl(), current.enabled(), changed.sortOrder()));
        caches.changed("directory.applications");
        return application(current.code());
    }

    @Transactional
    public Application setEnabled(String code, boolean enabled) {
        Application current = application(code);
        store.setEnabled(current.code(), enabled);
        caches.changed("directory.applications");
        return application(current.code());
    }

    /**
     * The rules an application as typed must meet that need no stored application (code, name,
     * description, icon, launch URL); {@link InvalidInputException} naming the field otherwise.
     * {@link #create} and {@link #update} check them too.
     */
    public static void check(ApplicationInput input) {
        validate(code(input.code()), input);
    }

    private static String code(String input) {
        String code = input == null ? "" : input.strip().toLowerCase(Locale.ROOT);
        if (!CODE.matcher(code).matches()) {
            throw new InvalidInputException("code", "application.code.invalid");
        }
        return code;
    }

    private static Application validate(String code, ApplicationInput input) {
        String name = text("name", input.name(), 200, true);
        String description = text("description", input.description(), 500, false);
        TileIcon icon;
        try {
            icon = input.icon() == null || input.icon().isBlank()
                    ? TileIcon.GENERIC : TileIcon.valueOf(input.icon().strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("icon", "application.icon.invalid");
        }
        int sortOrder = input.sortOrder() == null ? 0 : input.sortOrder();
        return new Application(code, name, description, icon, launchUrl(input.launchUrl()), true, sortOrder);
    }

    /** Only absolute http(s) URLs: a {@code javascript:} or {@code data:} URL in a tile would run in the portal. */
    static URI launchUrl(String input) {
        if (input == null || input.isBlank()) {
            throw new InvalidInputException("launchUrl", "application.launch-url.required");
        }
        String text = input.strip();
        if (text.length() > 2000) {
            throw new InvalidInputException("launchUrl", "application.launch-url.invalid");
        }
        try {
            URI uri = new URI(text);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("https") || scheme.equals("http")) || uri.getHost() == null || uri.getUserInfo() != null) {
                throw new InvalidInputException("launchUrl", "application.launch-url.invalid");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new InvalidInputException("launchUrl", "application.launch-url.invalid");
        }
    }

    private static String text(String field, String input, int max, boolean required) {
        String text = input == null ? "" : java.text.Normalizer.normalize(input, java.text.Normalizer.Form.NFC).strip();
        if (required && text.isEmpty()) {
            throw new InvalidInputException(field, "name.required");
        }
        if (text.length() > max) {
            throw new InvalidInputException(field, "name.too-long", max);
        }
        if (MARKUP_OR_CONTROL.matcher(text).find()) {
            throw new InvalidInputException(field, "name.invalid-characters");
        }
        return text;
    }
}
