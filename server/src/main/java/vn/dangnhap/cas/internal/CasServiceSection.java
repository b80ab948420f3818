package vn.dangnhap.cas.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.dangnhap.cas.CasService;
import vn.dangnhap.cas.CasServiceInput;
import vn.dangnhap.cas.CasServices;
import vn.dangnhap.config.ConfigNode;
import vn.dangnhap.config.ConfigSection;
import vn.dangnhap.directory.ApplicationCatalogue;
import vn.dangnhap.shared.InvalidInputException;

/**
 * {@code casServices}: CAS registrations, keyed by the application's code (the application must
 * exist: listed under {@code applications} or already stored). Prune disables the registrations
 * the file does not list.
 */
@Component
class CasServiceSection implements ConfigSection {

    private final CasServices services;
    private final ApplicationCatalogue catalogue;

    CasServiceSection(CasServices services, ApplicationCatalogue catalogue) {
        this.services = services;
        this.catalogue = catalogue;
    }

    @Override
    public String name() {
        return "casServices";
    }

    @Override
    public String itemLabel() {
        return "casService";
    }

    @Override
    public String keyField() {
        return "code";
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public List<Map<String, Object>> export() {
        List<Map<String, Object>> items = new ArrayList<>();
        services.all().stream().sorted(Comparator.comparing(CasService::code)).forEach(s -> {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("code", s.code());
            item.put("name", s.name());
            item.put("servicePattern", s.servicePattern());
            item.put("sloEnabled", s.sloEnabled());
            item.put("enabled", s.enabled());
            items.add(item);
        });
        return items;
    }

    @Override
    public void apply(ConfigNode section, boolean prune) {
        Set<String> listed = new HashSet<>();
        for (ConfigNode item : section.items("code")) {
            item.allowOnly("code", "name", "servicePattern", "sloEnabled", "enabled");
            String code = item.text("code");
            if (code == null) {
                item.problem("code", "a CAS service needs the code of its application");
                continue;
            }
            listed.add(code.strip().toLowerCase(Locale.ROOT));
            CasServiceInput input = new CasServiceInput(code, item.text("name"), item.text("servicePattern"), item.bool("sloEnabled"));
            boolean enabled = item.bool("enabled", true);
            item.attempt(() -> {
                if (catalogue.find(code).isEmpty()) {
                    throw new InvalidInputException("code", "application.unknown", code);
                }
                CasService service = services.find(code).isPresent() ? services.update(code, input) : services.create(input);
                if (service.enabled() != enabled) {
                    services.setEnabled(service.code(), enabled);
                }
            });
        }
        if (prune && section.problems().isEmpty()) {
            services.all().stream().filter(s -> !listed.contains(s.code()) && s.enabled()).toList()
                    .forEach(s -> services.setEnabled(s.code(), false));
        }
    }
}
