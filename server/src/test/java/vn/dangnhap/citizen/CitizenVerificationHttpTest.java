package vn.dangnhap.citizen;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.dangnhap.audit.AuditEvent;
import vn.dangnhap.citizen.internal.CitizenConsentStore;
import vn.dangnhap.testsupport.FormClient;

/**
 * Verification of a legacy account against the population registry, over HTTP: bad input never
 * reaches the registry; match, no match (limited per day), a number verified on another account,
 * and an outage behind the circuit breaker.
 */
class CitizenVerificationHttpTest extends CitizenPortalTestBase {

    @Autowired CitizenConsentStore consents;

    FormClient signIn(String username, String password) {
        FormClient client = new FormClient(port);
        assertThat(client.logIn(username, password).headers().firstValue("Location")).hasValue(url("/account/verify"));
        return client;
    }

    HttpResponse<String> submit(FormClient client, String cccd, String cmnd, String fullName, boolean consent) {
        String token = FormClient.csrfToken(client.get("/account/verify").body());
        Map<String, String> form = new LinkedHashMap<>();
        form.put("cccd", cccd);
        form.put("cmnd", cmnd);
        form.put("fullName", fullName);
        if (consent) {
            form.put("consent", "on");
        }
        form.put("_csrf", token);
        return client.postForm("/account/verify", form);
    }

    @Test
    void badInputIsAnsweredNextToEachFieldAndNothingIsSentToTheRegistry() {
        CitizenAccount account = legacyAccount("sai.du.lieu", "Nguyễn Văn Sai", null, "Mat khau cong dan 2019");
        FormClient client = signIn("sai.du.lieu", "Mat khau cong dan 2019");
        int calls = registryCalls.calls();

        Map<String[], String[]> cases = new LinkedHashMap<>();
        cases.put(new String[] {"07919501234", "", "Nguyễn Thị Hoa", "on"},
                new String[] {"cccd-error", "phải có đúng 12 chữ số (đã nhập 11)"});
        cases.put(new String[] {"0791950123456", "", "Nguyễn Thị Hoa", "on"},
                new String[] {"cccd-error", "phải có đúng 12 chữ số (đã nhập 13)"});
        cases.put(new String[] {"07919501234A", "", "Nguyễn Thị Hoa", "on"},
                new String[] {"cccd-error", "Số định danh cá nhân (CCCD) chỉ gồm chữ số."});
        cases.put(new String[] {"", "", "Nguyễn Thị Hoa", "on"},
                new String[] {"cccd-error", "Vui lòng nhập số định danh cá nhân (CCCD)."});
        cases.put(new String[] {"079195012345", "02512345", "Nguyễn Thị Hoa", "on"},
                new String[] {"cmnd-error", "phải có 9 chữ số (đã nhập 8)"});
        cases.put(new String[] {"079195012345", "02512345x", "Nguyễn Thị Hoa", "on"},
                new String[] {"cmnd-error", "Số chứng minh nhân dân (CMND) chỉ gồm chữ số."});
        cases.put(new String[] {"079195012345", "", "     ", "on"},
                new String[] {"fullName-error", "Vui lòng nhập họ và tên."});
        cases.put(new String[] {"079195012345", "", "Hoa 1995", "on"},
                new String[] {"fullName-error", "Họ và tên chỉ gồm chữ cái và khoảng trắng."});
        cases.put(new String[] {"079195012345", "", "Nguyễn Thị Hoa", ""},
                new String[] {"consent-error", "Vui lòng đánh dấu đồng ý"});
        cases.forEach((input, expected) -> {
            HttpResponse<String> answer = submit(client, input[0], input[1], input[2], !input[3].isEmpty());
            assertThat(answer.statusCode()).as(String.join("|", input)).isEqualTo(400);
            assertThat(answer.body()).as(String.join("|", input))
                    .contains("id=\"" + expected[0] + "\"")
                    .contains(expected[1])
                    .contains("Chưa có thông tin nào được gửi đi.");
        });

        assertThat(registryCalls.calls()).as("no registry call for bad input").isEqualTo(calls);
        assertThat(consents.ofAccount(account.id())).isEmpty();
        assertThat(auditLines("CITIZEN_VERIFY", "sai.du.lieu")).isEmpty();
        assertThat(reload(account.id()).verified()).isFalse();
        // Still held at verification.
        assertThat(client.get("/").headers().firstValue("Location")).hasValue(url("/account/verify"));
    }

    @Test
    void aMatchStoresTheNumberWithTheRegistrysNameAndContinuesToThePageAskedFor() {
        CitizenAccount account = legacyAccount("tran.binh.1990", "Tran Van Binh", "001090004321", "Mat khau cong dan 2019");
        FormClient client = new FormClient(port);
        client.get("/account/consents"); // asked for before login: opened after verification
        assertThat(client.logIn("tran.binh.1990", "Mat khau cong dan 2019").headers().firstValue("Location"))
                .hasValue(url("/account/verify"));

        HttpResponse<String> answer = submit(client, "001 090 004 321", "012345678", "TRAN VAN BINH", true);

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).contains("Xác thực tài khoản thành công").contains("Họ và tên: Trần Văn Bình.");
        CitizenAccount verified = reload(account.id());
        assertThat(verified.verifiedPin()).isEqualTo(new Cccd("001090004321"));
        assertThat(verified.claimedPin()).isNull();
        assertThat(verified.cmnd()).isEqualTo(new Cmnd("012345678"));
        assertThat(verified.fullName()).isEqualTo("Trần Văn Bình");
        assertThat(verified.birthDate()).isEqualTo(LocalDate.of(1990, 7, 2));
        assertThat(consents.ofAccount(account.id())).singleElement().satisfies(consent -> {
            assertThat(consent.purpose()).isEqualTo("REGISTRY_VERIFICATION");
            assertThat(consent.textVersion()).isEqualTo("2026-01");
            assertThat(consent.dataItems()).isEqualTo("CCCD,CMND,HO_TEN");
        });
        assertThat(auditLines("CITIZEN_VERIFY", "tran.binh.1990")).singleElement().satisfies(line -> {
            assertThat(line.outcome()).isEqualTo("SUCCESS");
            assertThat(line.reason()).isEqualTo("MATCH");
            assertThat(line.detail()).contains("0010******21").doesNotContain("001090004321");
        });
        assertThat(auditLines("CITIZEN_CONSENT", "tran.binh.1990")).singleElement()
                .satisfies(line -> assertThat(line.detail()).isEqualTo("text 2026-01; data CCCD,CMND,HO_TEN"));

        HttpResponse<String> onwards = client.get("/account/verify/continue");
        assertThat(onwards.headers().firstValue("Location").orElseThrow()).startsWith(url("/account/consents"));
        // No longer held; the verification page itself sends a verified citizen on.
        assertThat(client.get("/account/verify").headers().firstValue("Location")).hasValue(url("/"));
        // An official's page (password change) tells the citizen so, without failing.
        HttpResponse<String> officialsPage = client.get("/account/password");
        assertThat(officialsPage.statusCode()).isEqualTo(200);
        assertThat(officialsPage.body()).contains("Trang này dành cho cán bộ, công chức");
    }

    @Test
    void noMatchOffersVneidAndAfterFiveAnswersADayTheRegistryIsNotAskedAgain() {
        CitizenAccount account = legacyAccount("hoang.van.e", "Hoàng Văn Ê", null, "Mat khau cong dan 2019");
        FormClient client = signIn("hoang.van.e", "Mat khau cong dan 2019");
        try {
            for (int left = 4; left >= 0; left--) {
                HttpResponse<String> answer = submit(client, "031178000456", "", "Hoàng Văn Anh", true);
                assertThat(answer.statusCode()).isEqualTo(422);
                assertThat(answer.body()).contains("Xác thực tài khoản không thành công")
                        .contains("Còn " + left + " lần thử trong 24 giờ")
                        .contains("href=\"/login/upstream/vneid\"");
            }
            int calls = registryCalls.calls();
            HttpResponse<String> limited = submit(client, "031178000456", "", "Hoàng Văn Em", true);
            assertThat(limited.statusCode()).isEqualTo(429);
            assertThat(limited.body()).contains("Đã vượt quá số lần xác thực").contains("Bạn đã thử xác thực 5 lần trong 24 giờ qua.");
            assertThat(registryCalls.calls()).isEqualTo(calls);
            assertThat(reload(account.id()).verified()).isFalse();
            assertThat(auditLines("CITIZEN_VERIFY", "hoang.van.e")).extracting(AuditEvent::reason)
                    .containsOnly("NO_MATCH", "TOO_MANY_ATTEMPTS").hasSize(6);
            assertThat(auditLines("CITIZEN_VERIFY", "hoang.van.e")).allSatisfy(line ->
                    assertThat(line.detail()).doesNotContain("031178000456"));
            assertThat(consents.ofAccount(account.id())).hasSize(5);

            clock.advance(Duration.ofHours(25));
            HttpResponse<String> nextDay = submit(client, "031178000456", "", "Hoàng Văn Anh", true);
            assertThat(nextDay.statusCode()).isEqualTo(422);
            assertThat(nextDay.body()).contains("Còn 4 lần thử");
        } finally {
            clock.moveTo(Instant.now());
        }
    }

    @Test
    void aNumberVerifiedOnAnotherAccountMakesNoSecondAccountAndOffersToProveAndMerge() {
        // dung.pham (demo data) holds 036185001234 verified.
        CitizenAccount account = legacyAccount("pham.dung.85", "Phạm Thị Dung", "036185001234", "Mat khau cong dan 2019");
        FormClient client = signIn("pham.dung.85", "Mat khau cong dan 2019");

        HttpResponse<String> answer = submit(client, "036185001234", "162345678", "Phạm Thị Dung", true);

        assertThat(answer.statusCode()).isEqualTo(409);
        assertThat(answer.body()).contains("Số định danh đã gắn với tài khoản khác")
                .contains("href=\"/login/upstream/vneid\"")
                .contains("Hỗ trợ: Trung tâm CNTT&amp;TT tỉnh")
                .doesNotContain("036185001234");
        assertThat(reload(account.id()).verified()).isFalse();
        assertThat(accounts.findByUsername("dung.pham").orElseThrow().verifiedPin()).isEqualTo(new Cccd("036185001234"));
        assertThat(auditLines("CITIZEN_VERIFY", "pham.dung.85")).singleElement().satisfies(line -> {
            assertThat(line.reason()).isEqualTo("PIN_TAKEN");
            assertThat(line.detail()).contains("0361******34");
        });
    }

    @Test
    void anOutageSaysTryLaterStoresNothingAndAfterThreeFailuresTheBreakerAnswersWithoutCalling() {
        CitizenAccount account = legacyAccount("mat.ket.noi", "Hoàng Văn Em", null, "Mat khau cong dan 2019");
        FormClient client = signIn("mat.ket.noi", "Mat khau cong dan 2019");
        // Start from a closed breaker with no failures counted.
        assertThat(submit(client, "031178000456", "", "Hoàng Văn Anh", true).statusCode()).isEqualTo(422);
        try {
            registryDown();
            int calls = registryCalls.calls();
            for (int i = 0; i < 3; i++) {
                HttpResponse<String> answer = submit(client, "031178000456", "", "Hoàng Văn Em", true);
                assertThat(answer.statusCode()).isEqualTo(503);
                assertThat(answer.body()).contains("Chưa xác thực được, vui lòng thử lại sau")
                        .contains("Chưa có thông tin nào được lưu.");
            }
            assertThat(registryCalls.calls()).isEqualTo(calls + 3);

            HttpResponse<String> open = submit(client, "031178000456", "", "Hoàng Văn Em", true);
            assertThat(open.statusCode()).isEqualTo(503);
            assertThat(registryCalls.calls()).as("the open breaker does not call").isEqualTo(calls + 3);
            assertThat(reload(account.id()).verified()).isFalse();
            assertThat(auditLines("CITIZEN_VERIFY", "mat.ket.noi")).extracting(AuditEvent::reason)
                    .containsExactlyInAnyOrder("NO_MATCH", "REGISTRY_UNAVAILABLE", "REGISTRY_UNAVAILABLE",
                            "REGISTRY_UNAVAILABLE", "CIRCUIT_OPEN");

            assertThat(open.body()).contains("Chưa xác thực được, vui lòng thử lại sau");

            // Back up, and the open period over: one trial call goes through and verifies.
            registryUp();
            clock.advance(Duration.ofSeconds(61));
            HttpResponse<String> back = submit(client, "031178000456", "", "Hoàng Văn Em", true);
            assertThat(back.statusCode()).isEqualTo(200);
            assertThat(back.body()).contains("Xác thực tài khoản thành công");
            assertThat(reload(account.id()).verifiedPin()).isEqualTo(new Cccd("031178000456"));
        } finally {
            registryUp();
            clock.moveTo(Instant.now());
        }
    }

    @Test
    void aRegistryTooSlowForTheReadTimeoutCountsAsUnavailable() {
        CitizenAccount account = legacyAccount("cham.tre", "Hoàng Văn Em", null, "Mat khau cong dan 2019");
        FormClient client = signIn("cham.tre", "Mat khau cong dan 2019");
        try {
            registrySlow(2500);
            HttpResponse<String> answer = submit(client, "031178000456", "031456789", "Hoàng Văn Em", true);
            assertThat(answer.statusCode()).isEqualTo(503);
            assertThat(answer.body()).contains("Chưa xác thực được, vui lòng thử lại sau");
            assertThat(reload(account.id()).verified()).isFalse();
            assertThat(auditLines("CITIZEN_VERIFY", "cham.tre")).singleElement().satisfies(line -> {
                assertThat(line.reason()).isEqualTo("REGISTRY_UNAVAILABLE");
                assertThat(line.detail()).contains("unreachable or too slow");
            });
        } finally {
            registryUp();
        }
        // One failure is forgotten by the next answer (the breaker counts consecutive failures).
        assertThat(submit(client, "031178000456", "", "Hoàng Văn Anh", true).statusCode()).isEqualTo(422);
    }

    @Test
    void consentsFollowTheAccountWhenItIsMergedIntoAnother() {
        CitizenAccount merged = legacyAccount("gop.vao", "Hoàng Văn Gộp", null, "Mat khau cong dan 2019");
        CitizenAccount survivor = legacyAccount("giu.lai", "Hoàng Văn Giữ", null, "Mat khau cong dan 2019");
        FormClient client = signIn("gop.vao", "Mat khau cong dan 2019");
        assertThat(submit(client, "031178000456", "", "Hoàng Văn Anh", true).statusCode()).isEqualTo(422);
        assertThat(consents.ofAccount(merged.id())).hasSize(1);

        accounts.merge(survivor.id(), merged.id(), "self");

        assertThat(consents.ofAccount(merged.id())).isEmpty();
        assertThat(consents.ofAccount(survivor.id())).singleElement()
                .satisfies(consent -> assertThat(consent.textVersion()).isEqualTo("2026-01"));
    }
}
