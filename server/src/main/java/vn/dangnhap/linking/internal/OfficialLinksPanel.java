package vn.dangnhap.linking.internal;

import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import vn.dangnhap.admin.AdminPanel;

/** The account links on an official's console page: the list, remove, and a form to add one. */
@Component
class OfficialLinksPanel implements AdminPanel {

    private final LinkAdministration links;

    OfficialLinksPanel(LinkAdministration links) {
        this.links = links;
    }

    @Override
    public String page() {
        return OFFICIAL;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public String fragment() {
        return "admin/official-links :: panel";
    }

    @Override
    public Map<String, Object> model(UUID accountId) {
        return Map.of("officialId", accountId, "links", links.linksOf(accountId), "applications", links.applications());
    }
}
