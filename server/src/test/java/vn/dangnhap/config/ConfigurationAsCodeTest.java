package vn.dangnhap.config;

import vn.dangnhap.admin.ActingAdmin;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import vn.dangnhap.broker.ClaimMapping;
import vn.dangnhap.broker.IdentityProvider;
import vn.dangnhap.broker.IdentityProviderInput;
import vn.dangnhap.broker.IdentityProviders;
import vn.dangnhap.cas.CasServices;
import vn.dangnhap.citizen.internal.CitizenProperties;
import vn.dangnhap.credential.PasswordPolicySettings;
import vn.dangnhap.credential.internal.LoginThrottleProperties;
import vn.dangnhap.directory.LoginNames;
import vn.dangnhap.directory.AccessRules;
import vn.dangnhap.directory.AppAudience;
import vn.dangnhap.directory.Directory;
import vn.dangnhap.oidc.OidcClients;
import vn.dangnhap.directory.ApplicationCatalogue;

/**
 * Configuration as code on an empty instance (no demo data), started with the rich file as
 * {@code dangnhap.config} (so its {@code settings:} are the running values): the rich file applied,
 * exported, and the export applied to a second empty database and read at its next start gives
 * the same export; a file with one bad field changes nothing and names file:line:field; a plan
 * changes nothing; prune only on request; settings that differ are reported, never changed.
 */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:config-as-code;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
        "dangnhap.config=src/test/resources/config/rich.yaml",
        "CFG_TEST_REGISTRY_PASSWORD=" + ConfigFiles.REGISTRY_PASSWORD,
        "CFG_TEST_MAIL_SECRET=" + ConfigFiles.MAIL_SECRET,
        "DANGNHAP_CLIENT_MAIL_SECRET=" + ConfigFiles.MAIL_SECRET,
        "CFG_TEST_VNEID_SECRET=" + ConfigFiles.VNEID_SECRET,
        "CFG_TEST_OLD_PORTAL_SECRET=" + ConfigFiles.OLD_PORTAL_SECRET})
class ConfigurationAsCodeTest {

    @Autowired
    ConfigurationAsCode config;
    @Autowired
    Directory directory;
    @Autowired
    ApplicationCatalogue catalogue;
    @Autowired
    OidcClients clients;
    @Autowired
    CasServices casServices;
    @Autowired
    AccessRules access;
    @Autowired
    IdentityProviders identityProviders;
    @Autowired
    LoginNames loginNames;
    @Autowired
    LoginThrottleProperties throttle;
    @Autowired
    CitizenProperties citizen;
    @Autowired
    PasswordPolicySettings passwordPolicy;

    @BeforeEach
    void applyTheRichFile() {
        ConfigResult result = config.apply("rich.yaml", ConfigFiles.rich(), ActingAdmin.system("test"));
        assertThat(result.problems()).isEmpty();
    }

    @Test
    void appliesTheRichFileThroughTheModules() {
        assertThat(directory.unit("PHONG_HC").parentCode()).isEqualTo("SO_TTTT");
        assertThat(directory.unit("XA_B").enabled()).isFalse();
        assertThat(catalogue.application("luu-tru").enabled()).isFalse();
        assertThat(clients.client("mail").backchannelLogoutUri()).hasToString("https://mail.tinh.gov.vn/oidc/backchannel-logout");
        assertThat(clients.secretMatches("mail", ConfigFiles.MAIL_SECRET)).isTrue();
        assertThat(casServices.forServiceUrl("https://motcua.tinh.gov.vn/login")).isPresent();
        assertThat(access.audience("motcua")).isEqualTo(new AppAudience(AppAudience.Audience.BOTH, true, true));
        assertThat(access.audience("hoi-dap")).isEqualTo(new AppAudience(AppAudience.Audience.CITIZENS, false, false));
        assertThat(access.audience("mail")).isEqualTo(AppAudience.OFFICIALS_ONLY);
        IdentityProvider vneid = identityProviders.provider("vneid");
        assertThat(vneid.label()).as("the VNeID preset filled what the file left out").isEqualTo("Đăng nhập bằng VNeID");
        assertThat(vneid.mapping()).isEqualTo(ClaimMapping.VNEID);
        assertThat(vneid.allowOfficials()).isTrue();
        assertThat(vneid.secretSource()).isEqualTo("ENV");
        assertThat(vneid.secretReference()).as("the reference is stored, never the value").isEqualTo("CFG_TEST_VNEID_SECRET");
        IdentityProvider old = identityProviders.provider("tinh-cu");
        assertThat(old.enabled()).isFalse();
        assertThat(old.mapping()).isEqualTo(new ClaimMapping(java.util.List.of("so_dinh_danh"), java.util.List.of("ho_ten", "name"),
                "ngay_sinh", "dd/MM/yyyy", null));
        assertThat(old.scopes()).containsExactly("openid", "profile");
        // Applying the same file again changes nothing: create-or-update by natural key.
        ConfigResult again = config.plan("rich.yaml", ConfigFiles.rich());
        assertThat(again.changes()).isEmpty();
        assertThat(again.restartRequired()).as("the server started with this file's settings").isEmpty();
    }

    @Test
    void theSettingsOfTheFileGivenAtStartAreTheBoundProperties() {
        assertThat(loginNames.defaultDomain()).isEqualTo("tinh.gov.vn");
        assertThat(loginNames.resolve("nguyenvana").value()).isEqualTo("nguyenvana@tinh.gov.vn");
        assertThat(throttle.maxFailures()).isEqualTo(4);
        assertThat(throttle.delays()).containsExactly(java.time.Duration.ofMinutes(2), java.time.Duration.ofMinutes(10),
                java.time.Duration.ofHours(1));
        assertThat(passwordPolicy.minLengthWithoutMfa()).isEqualTo(15);
        assertThat(passwordPolicy.maxLength()).as("left out of the file: the default").isEqualTo(256);
        assertThat(citizen.registry().url()).hasToString("https://csdlqgdc.tinh.gov.vn/registry/api/v1/verify");
        assertThat(citizen.registry().password()).as("the variable the file names").isEqualTo(ConfigFiles.REGISTRY_PASSWORD);
        assertThat(citizen.verification().attemptsPerDay()).isEqualTo(4);
    }

    @Test
    void otherSettingsArePlannedAsRestartRequiredAndNeverChanged() {
        String before = config.export();
        String file = """
                settings:
                  loginDomains: [khac.gov.vn]
                  lockout:
                    maxFailures: 4
                    delays: [120s, 10m, 60m]
                    clientWindow: 20m
                  passwordLifecycle: {maxAge: 3m}
                  populationRegistry:
                    password: ${CFG_TEST_MAIL_SECRET}
                  citizenPasswordCutoff: none
                """;

        ConfigResult plan = config.plan("settings.yaml", file);
        assertThat(plan.problems()).isEmpty();
        assertThat(plan.changes()).isEmpty();
        String restart = " (restart required: takes effect at the next start with this file)";
        assertThat(plan.restartRequired()).containsExactly(
                "~ setting loginDomains: [tinh.gov.vn, demo.gov.vn] -> [khac.gov.vn]" + restart,
                "~ setting passwordLifecycle.maxAge: P90D -> P3M" + restart,
                "~ setting lockout.clientWindow: 15m -> 20m" + restart,
                "~ setting populationRegistry.password (from ${CFG_TEST_MAIL_SECRET})" + restart,
                "~ setting citizenPasswordCutoff: 2024-07-01 -> none" + restart);

        ConfigResult applied = config.apply("settings.yaml", file, ActingAdmin.system("test"));
        assertThat(applied.applied()).isTrue();
        assertThat(applied.changes()).isEmpty();
        assertThat(applied.restartRequired()).isEqualTo(plan.restartRequired());
        assertThat(loginNames.defaultDomain()).as("nothing changes before a restart").isEqualTo("tinh.gov.vn");
        assertThat(config.export()).isEqualTo(before).doesNotContain(ConfigFiles.MAIL_SECRET, ConfigFiles.REGISTRY_PASSWORD);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            unknown group      | 'colours: {red: 1}'                        | settings.yaml:2: settings.colours: unknown key (allowed here: loginDomains, branding, passwordPolicy
            unknown key        | 'lockout: {maxFailure: 3}'                 | settings.yaml:2: settings.lockout.maxFailure: unknown key (allowed here: maxFailures, delays
            not a number       | 'lockout: {maxFailures: many}'             | settings.yaml:2: settings.lockout.maxFailures: expected a whole number, found "many"
            out of range       | 'passwordPolicy: {history: -1}'            | settings.yaml:2: settings.passwordPolicy.history: expected a whole number from 0 to 100, found -1
            too short          | 'passwordPolicy: {maxLength: 10}'          | settings.yaml:2: settings.passwordPolicy.maxLength: must be at least the minimum lengths (15)
            bad duration       | 'lockout: {delays: [1m, soon]}'            | settings.yaml:2: settings.lockout.delays: "soon" is not a duration such as 30s, 10m, 4h or 7d
            bad period         | 'passwordLifecycle: {maxAge: half a year}' | settings.yaml:2: settings.passwordLifecycle.maxAge: "half a year" is not a period
            bad domain         | 'loginDomains: [tinh gov vn]'              | settings.yaml:2: settings.loginDomains: must be a domain name such as tinh.gov.vn, found "tinh gov vn"
            no domain          | 'loginDomains: []'                         | settings.yaml:2: settings.loginDomains: name at least one login domain
            bad url            | 'populationRegistry: {url: ftp://x.vn/v}'  | settings.yaml:2: settings.populationRegistry.url: expected a full http:// or https:// URL
            inline password    | 'populationRegistry: {password: hunter2}'  | settings.yaml:2: settings.populationRegistry.password: a secret must be a reference to an environment variable
            unset password     | 'populationRegistry: {password: "${CFG_TEST_UNSET}"}' | settings.yaml:2: settings.populationRegistry.password: the environment variable CFG_TEST_UNSET is not set
            bad cut-off        | 'citizenPasswordCutoff: soon'              | settings.yaml:2: settings.citizenPasswordCutoff: "soon" is not a date written YYYY-MM-DD, or none
            """)
    void aBadSettingIsAProblemWithFileLineAndField(String name, String setting, String expected) {
        String before = config.export();
        ConfigResult result = config.apply("settings.yaml", "settings:\n  " + setting + "\nunits:\n  - {code: TINH, name: Tỉnh Khác, kind: PROVINCE}\n",
                ActingAdmin.system("test"));
        assertThat(result.applied()).isFalse();
        assertThat(result.problems()).extracting(ConfigProblem::toString).anySatisfy(p -> assertThat(p).startsWith(expected));
        assertThat(result.problems().toString()).doesNotContain("hunter2");
        assertThat(config.export()).as("nothing changed").isEqualTo(before);
    }

    @Test
    void exportAppliedToASecondEmptyDatabaseExportsTheSameFile(@TempDir Path dir) throws Exception {
        String export = config.export();
        assertThat(export).contains("settings:", "- tinh.gov.vn", "provinceName: UBND TỈNH MẪU", "maxFailures: 4", "- 2m",
                "maxAge: P90D", "password: ${CFG_TEST_REGISTRY_PASSWORD}", "citizenPasswordCutoff: '2024-07-01'");
        assertThat(export).contains("code: TINH", "clientId: mail", "audience: CITIZENS", "verifiedCitizensOnly: false",
                "alias: vneid", "clientSecret: ${CFG_TEST_VNEID_SECRET}", "birthDateFormat: dd/MM/yyyy", "secret: ${DANGNHAP_CLIENT_MAIL_SECRET}", "year: 2025")
                .doesNotContain(ConfigFiles.MAIL_SECRET, ConfigFiles.VNEID_SECRET, ConfigFiles.OLD_PORTAL_SECRET, ConfigFiles.REGISTRY_PASSWORD);
        Path file = dir.resolve("export.yaml");
        Files.writeString(file, export);
        String second = ConfigFiles.h2File(dir);

        ConfigFiles.Run applied = ConfigFiles.cli("apply", file.toString(), "--spring.datasource.url=" + second,
                "--DANGNHAP_CLIENT_MAIL_SECRET=" + ConfigFiles.MAIL_SECRET, "--CFG_TEST_VNEID_SECRET=" + ConfigFiles.VNEID_SECRET,
                "--CFG_TEST_OLD_PORTAL_SECRET=" + ConfigFiles.OLD_PORTAL_SECRET, "--CFG_TEST_REGISTRY_PASSWORD=" + ConfigFiles.REGISTRY_PASSWORD);
        assertThat(applied.exitCode()).as(applied.err()).isZero();
        assertThat(applied.out()).contains("+ create unit TINH", "+ create client mail", "+ create calendarNotice 2025",
                "+ create identityProvider vneid",
                "~ setting loginDomains: [demo.gov.vn] -> [tinh.gov.vn, demo.gov.vn] (restart required: takes effect at the next start with this file)",
                "~ setting lockout.maxFailures: 5 -> 4 (restart required");

        // The settings take effect when the instance next starts with the file.
        ConfigFiles.Run exported = ConfigFiles.cli("export", "--spring.datasource.url=" + second, "--dangnhap.config=" + file,
                "--CFG_TEST_REGISTRY_PASSWORD=" + ConfigFiles.REGISTRY_PASSWORD);
        assertThat(exported.exitCode()).as(exported.err()).isZero();
        assertThat(exported.out()).isEqualTo(export);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            wrong type        | 'sortOrder: 10'                              | 'sortOrder: ten'                                | rich.yaml:34: applications[0].sortOrder: expected a whole number
            unknown unit      | 'parentCode: HUYEN_A'                        | 'parentCode: HUYEN_Z'                           | rich.yaml:25: units[4].parentCode: There is no unit with code "HUYEN_Z"
            inline secret     | 'secret: ${CFG_TEST_MAIL_SECRET}'            | 'secret: s3cr3t-written-in-the-file'            | rich.yaml:71: oidcClients[0].secret: a secret must be a reference
            missing variable  | 'secret: ${CFG_TEST_MAIL_SECRET}'            | 'secret: ${CFG_TEST_NOT_SET}'                   | rich.yaml:71: oidcClients[0].secret: the environment variable CFG_TEST_NOT_SET is not set
            unknown key       | 'sloEnabled: true'                           | 'singleLogout: true'                            | rich.yaml:92: casServices[0].singleLogout: unknown key
            bad URL           | 'launchUrl: https://motcua.tinh.gov.vn/'     | 'launchUrl: javascript:alert(1)'                | rich.yaml:47: applications[2].launchUrl: The address must be a full http:// or https:// URL.
            unknown audience  | 'audience: BOTH'                             | 'audience: EVERYONE'                            | rich.yaml:52: applications[2].audience: expected one of [OFFICIALS, CITIZENS, BOTH], found "EVERYONE"
            flag not boolean  | 'releasePersonalIdentifier: true'            | 'releasePersonalIdentifier: always'             | rich.yaml:53: applications[2].releasePersonalIdentifier: expected true or false, found "always"
            idp http issuer  | 'issuer: https://cong-cu.tinh.gov.vn/oidc'   | 'issuer: http://cong-cu.tinh.gov.vn/oidc'       | rich.yaml:118: identityProviders[1].issuer: The issuer must be a full https URL
            idp inline secret | 'clientSecret: ${CFG_TEST_VNEID_SECRET}'     | 'clientSecret: vneid-secret-in-the-file'        | rich.yaml:113: identityProviders[0].clientSecret: a secret must be a reference
            idp no openid     | 'scopes: [openid, profile]'                  | 'scopes: [profile]'                             | rich.yaml:121: identityProviders[1].scopes: The scopes must include openid.
            idp bad claim     | 'pinClaims: [so_dinh_danh]'                  | 'pinClaims: ["so dinh danh"]'                   | rich.yaml:122: identityProviders[1].pinClaims: one name per list element
            idp bad format    | 'birthDateFormat: dd/MM/yyyy'                | 'birthDateFormat: ngày tháng năm'               | rich.yaml:125: identityProviders[1].birthDateFormat:
            idp unknown key   | 'allowOfficials: true'                       | 'officials: true'                               | rich.yaml:114: identityProviders[0].officials: unknown key
            idp bad alias     | 'alias: tinh-cu'                             | 'alias: Tỉnh cũ'                                | rich.yaml:115: identityProviders[1].alias: The alias has 2–32 characters
            bad redirect      | 'redirectUris: [https://mail.tinh.gov.vn/oidc/callback]' | 'redirectUris: [http://mail.tinh.gov.vn/cb]' | rich.yaml:72: oidcClients[0].redirectUris: Address "http://mail.tinh.gov.vn/cb" is not valid
            """)
    void aFileWithOneBadFieldChangesNothingAndSaysWhere(String name, String good, String bad, String expected) {
        String before = config.export();
        String file = ConfigFiles.rich().replace("unit:HUYEN_A role:LANH_DAO", "unit:HUYEN_A role:CHUYEN_VIEN")
                .replace("Hộp thư @tinh.gov.vn", "Hộp thư công vụ");
        assertThat(file).contains(good);
        file = file.replaceFirst(java.util.regex.Pattern.quote(good), java.util.regex.Matcher.quoteReplacement(bad));

        ConfigResult result = config.apply("rich.yaml", file, ActingAdmin.system("test"));

        assertThat(result.applied()).isFalse();
        assertThat(result.problems()).hasSize(1);
        assertThat(result.problems().getFirst().toString()).startsWith(expected);
        assertThat(config.export()).as("nothing changed, not even the other (valid) edits").isEqualTo(before);
    }

    @Test
    void aPlanChangesNothingAndListsCreatesUpdatesAndDeletes() {
        String before = config.export();
        String file = """
                prune: true
                units:
                  - {code: TINH, name: Tỉnh Mẫu, kind: PROVINCE}
                  - {code: SO_TTTT, name: Sở TT&TT, kind: DEPARTMENT, parentCode: TINH}
                  - {code: PHONG_HC, name: Phòng Hành chính, kind: OFFICE, parentCode: SO_TTTT}
                  - {code: HUYEN_A, name: Huyện A, kind: DISTRICT, parentCode: TINH}
                  - {code: XA_B, name: Xã B, kind: COMMUNE, parentCode: HUYEN_A, enabled: false}
                  - {code: XA_C, name: Xã C, kind: COMMUNE, parentCode: HUYEN_A}
                calendarNotices: []
                """;

        ConfigResult plan = config.plan("plan.yaml", file);

        assertThat(plan.problems()).isEmpty();
        assertThat(plan.applied()).isFalse();
        assertThat(plan.changes()).containsExactly(
                "+ create unit XA_C",
                "~ update unit SO_TTTT: name: Sở Thông tin và Truyền thông -> Sở TT&TT",
                "- delete calendarNotice 2025");
        assertThat(config.export()).isEqualTo(before);
        assertThat(directory.findUnit("XA_C")).isEmpty();
    }

    @Test
    void aPlanLeavesNothingBehindInTheCasAndOidcCaches() {
        ConfigResult plan = config.plan("caches.yaml", """
                oidcClients:
                  - {clientId: motcua, name: Một cửa, type: PUBLIC, redirectUris: ["https://motcua.tinh.gov.vn/cb"]}
                casServices:
                  - {code: mail, name: Thư, servicePattern: "https://mail.tinh.gov.vn/cas"}
                """);
        assertThat(plan.changes()).containsExactly("+ create client motcua", "+ create casService mail");
        assertThat(clients.find("motcua")).isEmpty();
        assertThat(casServices.find("mail")).isEmpty();
        assertThat(casServices.forServiceUrl("https://mail.tinh.gov.vn/cas")).isEmpty();
    }

    @Test
    void pruneDisablesOrDeletesOnlyWhenTheFileSaysSo() {
        String onlyMail = """
                applications:
                  - {code: mail, name: Thư điện tử công vụ, description: Hộp thư @tinh.gov.vn, icon: MAIL,
                     launchUrl: "https://mail.tinh.gov.vn/", sortOrder: 10, accessRules: ["*"]}
                oidcClients: []
                calendarNotices: []
                """;
        assertThat(config.apply("no-prune.yaml", onlyMail, ActingAdmin.system("test")).changes()).isEmpty();
        assertThat(catalogue.application("vpdt").enabled()).isTrue();

        ConfigResult pruned = config.apply("prune.yaml", "prune: true\n" + onlyMail, ActingAdmin.system("test"));

        assertThat(pruned.changes()).containsExactly("- disable application vpdt", "- disable application motcua",
                "- disable application hoi-dap",
                "- disable client mail", "- disable client vpdt", "- delete calendarNotice 2025");
        assertThat(catalogue.application("vpdt").enabled()).isFalse();
        assertThat(clients.client("mail").enabled()).isFalse();
        assertThat(directory.unit("SO_TTTT").enabled()).as("units absent from the file are not touched").isTrue();
        assertThat(casServices.service("motcua").enabled()).as("sections absent from the file are not touched").isTrue();
    }

    @Test
    void theAudienceIsPartOfTheWholeApplication() {
        String motcua = """
                applications:
                  - {code: motcua, name: Một cửa điện tử, icon: SERVICE, launchUrl: "https://motcua.tinh.gov.vn/",
                     sortOrder: 30, accessRules: [unit:TINH]%s}
                """;
        ConfigResult citizensOnly = config.apply("audience.yaml", motcua.formatted(", audience: citizens, verifiedCitizensOnly: false"),
                ActingAdmin.system("test"));
        assertThat(citizensOnly.changes()).containsExactly("~ update application motcua: audience: BOTH -> CITIZENS; "
                + "verifiedCitizensOnly: true -> false; releasePersonalIdentifier: true -> false");
        assertThat(access.audience("motcua")).isEqualTo(new AppAudience(AppAudience.Audience.CITIZENS, false, false));

        // Left out: the value a new application gets (officials only), not "unchanged".
        config.apply("audience.yaml", motcua.formatted(""), ActingAdmin.system("test"));
        assertThat(access.audience("motcua")).isEqualTo(AppAudience.OFFICIALS_ONLY);
        String export = config.export();
        String motcuaExported = export.substring(export.indexOf("code: motcua"), export.indexOf("code: luu-tru"));
        assertThat(motcuaExported).contains("audience: OFFICIALS").doesNotContain("verifiedCitizensOnly", "releasePersonalIdentifier");

        // Prune disables the applications left out and keeps their audience.
        config.apply("prune.yaml", "prune: true\n" + motcua.formatted(""), ActingAdmin.system("test"));
        assertThat(catalogue.application("hoi-dap").enabled()).isFalse();
        assertThat(access.audience("hoi-dap")).isEqualTo(new AppAudience(AppAudience.Audience.CITIZENS, false, false));
    }

    @Test
    void identityProvidersKeepTheirSecretWhenLeftOutAndPruneDisablesOnlyTheConsoleOnes() {
        // A provider made in the console with a typed secret (stored encrypted): the export names a variable for it.
        identityProviders.create(new IdentityProviderInput("huyen-a", null, "Cổng Huyện A", null, "https://huyena.tinh.gov.vn/oidc",
                "dangnhap", "typed-in-the-console-0123456789", "openid", "sub_id", "name", null, null, null, false, true));
        assertThat(config.export()).contains("alias: huyen-a", "clientSecret: ${DANGNHAP_IDP_HUYEN_A_SECRET}")
                .doesNotContain("typed-in-the-console");

        String vneidOnly = """
                prune: true
                identityProviders:
                  - alias: vneid
                    issuer: https://sso.dinhdanhdientu.gov.vn/realms/citizen
                    clientId: dangnhap-tinh-mau-2
                    allowOfficials: true
                """;
        ConfigResult plan = config.plan("idp.yaml", vneidOnly);
        assertThat(plan.problems()).isEmpty();
        assertThat(plan.changes()).containsExactlyInAnyOrder(
                "~ update identityProvider vneid: clientId: dangnhap-tinh-mau -> dangnhap-tinh-mau-2",
                "- disable identityProvider huyen-a");
        assertThat(identityProviders.provider("huyen-a").enabled()).as("a plan changes nothing").isTrue();

        ConfigResult applied = config.apply("idp.yaml", vneidOnly, ActingAdmin.system("test"));
        assertThat(applied.problems()).isEmpty();
        IdentityProvider vneid = identityProviders.provider("vneid");
        assertThat(vneid.clientId()).isEqualTo("dangnhap-tinh-mau-2");
        assertThat(vneid.secretReference()).as("left out: the stored secret is kept").isEqualTo("CFG_TEST_VNEID_SECRET");
        assertThat(identityProviders.provider("huyen-a").enabled()).isFalse();
        assertThat(identityProviders.provider("tinh-cu").enabled()).isFalse();

        // The console provider's encrypted secret replaced by a reference: the plan says so.
        ConfigResult replaced = config.apply("idp.yaml", """
                identityProviders:
                  - {alias: huyen-a, label: Cổng Huyện A, issuer: "https://huyena.tinh.gov.vn/oidc", clientId: dangnhap,
                     clientSecret: "${CFG_TEST_OLD_PORTAL_SECRET}", scopes: [openid], pinClaims: [sub_id], nameClaims: [name]}
                """, ActingAdmin.system("test"));
        assertThat(replaced.changes()).containsExactly("~ update identityProvider huyen-a: "
                + "clientSecret: ${DANGNHAP_IDP_HUYEN_A_SECRET} -> ${CFG_TEST_OLD_PORTAL_SECRET}; enabled: false -> true");
        assertThat(identityProviders.provider("huyen-a").secretSource()).isEqualTo("ENV");
        assertThat(identityProviders.provider("huyen-a").secretReference()).isEqualTo("CFG_TEST_OLD_PORTAL_SECRET");

        ConfigResult newWithoutSecret = config.plan("idp.yaml", """
                identityProviders:
                  - {alias: huyen-b, label: Cổng Huyện B, issuer: "https://huyenb.tinh.gov.vn/oidc", clientId: dangnhap,
                     scopes: [openid], pinClaims: [sub_id], nameClaims: [name]}
                """);
        assertThat(newWithoutSecret.problems()).extracting(ConfigProblem::toString).containsExactly(
                "idp.yaml:2: identityProviders[0].clientSecret: a new identity provider needs clientSecret: ${ENV_NAME} "
                        + "(e.g. ${DANGNHAP_IDP_HUYEN_B_SECRET})");
    }

    @Test
    void reportsEveryProblemOfAFileAtOnce() {
        ConfigResult result = config.plan("many.yaml", """
                version: 2
                colours: [red]
                applications:
                  - code: x
                """);
        assertThat(result.problems()).extracting(ConfigProblem::toString).containsExactly(
                "many.yaml:2: colours: unknown key (allowed here: version, prune, settings, units, applications, oidcClients, "
                        + "casServices, releaseRules, calendarNotices, identityProviders)",
                "many.yaml:1: version: this server reads version 1 of the format");
        assertThat(config.plan("broken.yaml", "units:\n  - code: [\n").problems().getFirst().toString())
                .startsWith("broken.yaml:").contains("not valid YAML");
    }
}
