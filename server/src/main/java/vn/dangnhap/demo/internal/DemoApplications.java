package vn.dangnhap.demo.internal;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.dangnhap.cas.CasServiceInput;
import vn.dangnhap.cas.CasServices;
import vn.dangnhap.directory.AccessRules;
import vn.dangnhap.directory.AppAccessRule;
import vn.dangnhap.directory.Directory;
import vn.dangnhap.directory.LoginNames;
import vn.dangnhap.directory.ApplicationCatalogue;
import vn.dangnhap.directory.ApplicationInput;
import vn.dangnhap.linking.AccountLinks;
import vn.dangnhap.linking.AppLink;
import vn.dangnhap.linking.ReleaseRule;
import vn.dangnhap.oidc.ClientType;
import vn.dangnhap.oidc.OidcClientInput;
import vn.dangnhap.oidc.OidcClients;

/**
 * Registers the sandbox's demo applications while the demo runs them (docs/integration.md): the
 * e-office "Văn phòng điện tử" as an OpenID Connect application and the one-stop "Một cửa điện tử"
 * as a CAS service, each with its tile, access rules, release rule (e-mail and linked account name)
 * and a linked account for Nguyễn Văn An. Their addresses and the e-office's demo secret come from
 * the sandbox's demo launcher ({@code sandbox.demo-apps.*}); without them nothing is registered.
 * Runs on every start, so the registrations follow the ports and an older demo database gets them too.
 */
@Component
@Profile("demo")
@Order(2) // after the demo officials exist
class DemoApplications implements ApplicationRunner {

    static final String ONESTOP = "motcua-canbo";
    static final String LINKED_OFFICIAL = "nguyenvanan";

    private static final Logger log = LoggerFactory.getLogger(DemoApplications.class);

    private final ApplicationCatalogue catalogue;
    private final AccessRules access;
    private final OidcClients oidcClients;
    private final CasServices casServices;
    private final AccountLinks links;
    private final Directory directory;
    private final LoginNames loginNames;
    private final TransactionTemplate transaction;
    private final String eofficeUrl;
    private final String eofficeClientId;
    private final String eofficeSecret;
    private final String onestopUrl;

    DemoApplications(ApplicationCatalogue catalogue, AccessRules access, OidcClients oidcClients,
                     CasServices casServices, AccountLinks links, Directory directory, LoginNames loginNames,
                     TransactionTemplate transaction,
                     @Value("${dangnhap.demo.applications.eoffice.url:}") String eofficeUrl,
                     @Value("${dangnhap.demo.applications.eoffice.client-id:vanphong-dt}") String eofficeClientId,
                     @Value("${dangnhap.demo.applications.eoffice.client-secret:}") String eofficeSecret,
                     @Value("${dangnhap.demo.applications.onestop.url:}") String onestopUrl) {
        this.catalogue = catalogue;
        this.access = access;
        this.oidcClients = oidcClients;
        this.casServices = casServices;
        this.links = links;
        this.directory = directory;
        this.loginNames = loginNames;
        this.transaction = transaction;
        this.eofficeUrl = eofficeUrl;
        this.eofficeClientId = eofficeClientId;
        this.eofficeSecret = eofficeSecret;
        this.onestopUrl = onestopUrl;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (eofficeUrl.isBlank() && onestopUrl.isBlank()) {
            return;
        }
        transaction.executeWithoutResult(status -> {
            if (!eofficeUrl.isBlank()) {
                registerEOffice(eofficeUrl, eofficeClientId, eofficeSecret);
            }
            if (!onestopUrl.isBlank()) {
                registerOneStop(onestopUrl);
            }
        });
    }

    /**
     * OpenID Connect, confidential (the secret chosen in the e-office's configuration), first party:
     * the tile starts the application's own login (initiate_login_uri); back-channel logout.
     */
    private void registerEOffice(String url, String code, String secret) {
        application(new ApplicationInput(code, "Văn phòng điện tử", "Văn bản, hồ sơ công việc — ứng dụng mẫu, OpenID Connect",
                "DOCUMENT", url + "/", 1));
        OidcClientInput client = new OidcClientInput(code, "Văn phòng điện tử", ClientType.CONFIDENTIAL,
                List.of(url + "/login/oauth2/code/dangnhap"), List.of(url + "/da-dang-xuat"),
                url + "/logout/connect/back-channel/dangnhap", url + "/oauth2/authorization/dangnhap",
                List.of("openid", "profile", "email", "phone", "org"), true, false, false, null, null);
        if (oidcClients.find(code).isPresent()) {
            oidcClients.update(code, client);
        } else {
            oidcClients.register(client);
        }
        oidcClients.setSecret(code, secret);
        access.replaceRules(code, List.of(AppAccessRule.EVERYONE));
        links.setReleaseRule(new ReleaseRule(code, ReleaseRule.Release.BOTH, false, null, false));
        link(code, "an.nv");
        log.info("Demo application Văn phòng điện tử (OpenID Connect, client {}) registered at {}/", code, url);
    }

    /**
     * CAS 3.0 with single logout; the tile opens the application's CAS entry point. Open to the
     * provincial office, the district Đồng Xanh and whoever holds the role MOT_CUA.
     */
    private void registerOneStop(String url) {
        application(new ApplicationInput(ONESTOP, "Một cửa điện tử (cán bộ)", "Tiếp nhận, xử lý hồ sơ — ứng dụng mẫu, CAS",
                "SERVICE", url + "/sso", 2));
        CasServiceInput service = new CasServiceInput(ONESTOP, "Một cửa điện tử (cán bộ)",
                "^" + url.replace(".", "\\.") + "/.*$", true);
        if (casServices.find(ONESTOP).isPresent()) {
            casServices.update(ONESTOP, service);
        } else {
            casServices.create(service);
        }
        access.replaceRules(ONESTOP, List.of(AppAccessRule.parse("unit:VP_UBND"), AppAccessRule.parse("unit:H_DONG_XANH"),
                AppAccessRule.parse("role:MOT_CUA")));
        links.setReleaseRule(new ReleaseRule(ONESTOP, ReleaseRule.Release.BOTH, false, null, false));
        link(ONESTOP, "nvan.vpubnd");
        log.info("Demo application Một cửa điện tử (CAS service {}) registered at {}/dang-nhap", ONESTOP, url);
    }

    /** The catalogue entry (the tile) first: every OIDC client and CAS service belongs to an application. */
    private void application(ApplicationInput input) {
        if (catalogue.find(input.code()).isPresent()) {
            catalogue.update(input.code(), input);
        } else {
            catalogue.create(input);
        }
    }

    private void link(String applicationCode, String applicationAccount) {
        directory.findOfficial(loginNames.resolve(LINKED_OFFICIAL))
                .filter(official -> links.linkOf(official.id(), applicationCode).isEmpty())
                .ifPresent(official -> links.create(official.id(), applicationCode, applicationAccount,
                        AppLink.Origin.ADMIN, "demo"));
    }
}
