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
import vn.dangnhap.cas.CasServices;
import vn.dangnhap.config.ConfigForm;
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

    private final CasServiceForm form = new CasServiceForm();
    private final CasServices services;
    private final ApplicationCatalogue catalogue;

    CasServiceSection(CasServices services, ApplicationCatalogue catalogue) {
        this.services = services;
        this.catalogue = catalogue;
    }

    @Override
    public CasServiceForm form() {
        return form;
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
        for (ConfigForm.Item<CasServiceForm.Service> item : form.readAll(section)) {
            CasServiceForm.Service read = item.value();
            String code = read.code();
            listed.add(code.strip().toLowerCase(Locale.ROOT));
            item.node().attempt(() -> {
                if (catalogue.find(code).isEmpty()) {
                    throw new InvalidInputException("code", "application.unknown", code);
                }
                CasService service = services.find(code).isPresent() ? services.update(code, read.input()) : services.create(read.input());
                if (service.enabled() != read.enabled()) {
                    services.setEnabled(service.code(), read.enabled());
                }
            });
        }
        if (prune && section.problems().isEmpty()) {
            services.all().stream().filter(s -> !listed.contains(s.code()) && s.enabled()).toList()
                    .forEach(s -> services.setEnabled(s.code(), false));
        }
    }
}
