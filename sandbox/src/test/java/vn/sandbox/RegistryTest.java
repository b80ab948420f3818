package vn.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.nimbusds.jose.util.JSONObjectUtils;

import vn.sandbox.registry.Names;

/** The population-registry matcher over HTTP. */
class RegistryTest {

    private final HttpClient http = HttpClient.newHttpClient();

    @AfterEach
    void backToUp() {
        behaviour("{\"latencyMs\":0,\"mode\":\"UP\"}");
    }

    private HttpResponse<String> verify(String json, String user, String password) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(RunningSandbox.urls().registry() + "/api/v1/verify"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }
        return RunningSandbox.send(http, request.build());
    }

    private HttpResponse<String> verify(String json) {
        return verify(json, "dangnhap", "Registry@2026");
    }

    private HttpResponse<String> behaviour(String json) {
        return RunningSandbox.send(http, HttpRequest.newBuilder(URI.create(RunningSandbox.urls().registry() + "/admin/behaviour"))
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    private static Map<String, Object> json(HttpResponse<String> response) throws Exception {
        return JSONObjectUtils.parse(response.body());
    }

    @Test
    void matchIgnoresCaseAndDiacriticsAndAnswersTheCanonicalNameAndBirthDate() throws Exception {
        HttpResponse<String> response = verify("{\"cccd\":\"079195012345\",\"cmnd\":null,\"fullName\":\"  NGUYEN   thi hoa \"}");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json(response)).containsExactlyInAnyOrderEntriesOf(
                Map.of("result", "MATCH", "fullName", "Nguyễn Thị Hoa", "birthDate", "1995-03-14"));
        assertThat(json(verify("{\"cccd\":\"031178000456\",\"fullName\":\"Hoàng Văn Em\"}"))).containsEntry("result", "MATCH");
        assertThat(json(verify("{\"cccd\":\"001090004321\",\"fullName\":\"TRAN VAN BINH\"}"))).containsEntry("fullName", "Trần Văn Bình");
        assertThat(Names.same("Lê Minh Châu", "le minh chau")).isTrue();
        assertThat(Names.same("Đặng Văn A", "dang van a")).isTrue();
    }

    @Test
    void aGivenCmndMustBeThePersonsCmnd() throws Exception {
        assertThat(json(verify("{\"cccd\":\"079195012345\",\"cmnd\":\"025123456\",\"fullName\":\"Nguyễn Thị Hoa\"}")))
                .containsEntry("result", "MATCH");
        assertThat(json(verify("{\"cccd\":\"079195012345\",\"cmnd\":\"012345678\",\"fullName\":\"Nguyễn Thị Hoa\"}")))
                .isEqualTo(Map.of("result", "NO_MATCH"));
        // Lê Minh Châu never had a CMND
        assertThat(json(verify("{\"cccd\":\"048203000777\",\"cmnd\":\"123456789\",\"fullName\":\"Lê Minh Châu\"}")))
                .isEqualTo(Map.of("result", "NO_MATCH"));
        assertThat(json(verify("{\"cccd\":\"048203000777\",\"cmnd\":null,\"fullName\":\"Lê Minh Châu\"}")))
                .containsEntry("birthDate", "2003-11-20");
    }

    @Test
    void wrongNameOrUnknownNumberIsNoMatch() throws Exception {
        HttpResponse<String> wrongName = verify("{\"cccd\":\"079195012345\",\"fullName\":\"Nguyễn Thị Hòa Bình\"}");
        assertThat(wrongName.statusCode()).isEqualTo(200);
        assertThat(json(wrongName)).isEqualTo(Map.of("result", "NO_MATCH"));
        assertThat(json(verify("{\"cccd\":\"079195099999\",\"fullName\":\"Nguyễn Thị Hoa\"}")))
                .isEqualTo(Map.of("result", "NO_MATCH"));
    }

    @Test
    void badCredentialsAre401() {
        assertThat(verify("{\"cccd\":\"079195012345\",\"fullName\":\"Nguyễn Thị Hoa\"}", null, null).statusCode())
                .isEqualTo(401);
        HttpResponse<String> wrong = verify("{\"cccd\":\"079195012345\",\"fullName\":\"Nguyễn Thị Hoa\"}", "dangnhap", "x");
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(wrong.body()).doesNotContain("Nguyễn Thị Hoa");
    }

    @Test
    void malformedRequestsAre400() {
        assertThat(verify("not json").statusCode()).isEqualTo(400);
        assertThat(verify("{\"cccd\":\"07919501234\",\"fullName\":\"Nguyễn Thị Hoa\"}").statusCode()).isEqualTo(400);
        assertThat(verify("{\"cccd\":\"0791950123456\",\"fullName\":\"Nguyễn Thị Hoa\"}").statusCode()).isEqualTo(400);
        assertThat(verify("{\"cccd\":\"07919501234a\",\"fullName\":\"Nguyễn Thị Hoa\"}").statusCode()).isEqualTo(400);
        assertThat(verify("{\"cccd\":\"079195012345\",\"cmnd\":\"12345678\",\"fullName\":\"Nguyễn Thị Hoa\"}").statusCode())
                .isEqualTo(400);
        assertThat(verify("{\"cccd\":\"079195012345\",\"fullName\":\"   \"}").statusCode()).isEqualTo(400);
        HttpResponse<String> noName = verify("{\"cccd\":\"079195012345\"}");
        assertThat(noName.statusCode()).isEqualTo(400);
        assertThat(noName.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
    }

    @Test
    void downIs503UntilUpAgainAndLatencyIsAdded() throws Exception {
        assertThat(behaviour("{\"latencyMs\":0,\"mode\":\"DOWN\"}").statusCode()).isEqualTo(200);
        String request = "{\"cccd\":\"079195012345\",\"fullName\":\"Nguyễn Thị Hoa\"}";
        assertThat(verify(request).statusCode()).isEqualTo(503);

        HttpResponse<String> slow = behaviour("{\"latencyMs\":150,\"mode\":\"UP\"}");
        assertThat(json(slow)).containsEntry("mode", "UP").containsEntry("latencyMs", 150L);
        long start = System.nanoTime();
        HttpResponse<String> answer = verify(request);
        long elapsedMs = (System.nanoTime() - start) / 1_000_000;
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(elapsedMs).isGreaterThanOrEqualTo(150);

        assertThat(behaviour("{\"mode\":\"SIDEWAYS\"}").statusCode()).isEqualTo(400);
        assertThat(behaviour("{\"latencyMs\":-1}").statusCode()).isEqualTo(400);
    }

    @Test
    void theDataSetHoldsExactlyTheFivePeople() {
        People people = RunningSandbox.context().getBean(People.class);
        assertThat(people.all()).extracting(Person::cccd).containsExactly("079195012345", "001090004321",
                "048203000777", "036185001234", "031178000456");
        assertThat(people.byCccd("048203000777").orElseThrow().cmnd()).isEmpty();
        assertThat(people.byCccd("036185001234").orElseThrow().cmnd()).hasValue("162345678");
        assertThat(people.all()).allSatisfy(p -> assertThat(p.toString()).doesNotContain(p.cccd()));
    }
}
