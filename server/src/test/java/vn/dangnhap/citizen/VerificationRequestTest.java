package vn.dangnhap.citizen;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VerificationRequestTest {

    @Test
    void wellFormedInputBecomesARequestWithTheNameTidied() {
        var parsed = VerificationRequest.parse(" 079 195 012 345 ", "", "  Nguyễn   Thị Hoa ", true);
        assertThat(parsed.valid()).isTrue();
        assertThat(parsed.request().cccd().value()).isEqualTo("079195012345");
        assertThat(parsed.request().cmnd()).isNull();
        assertThat(parsed.request().fullName()).isEqualTo("Nguyễn Thị Hoa");
    }

    @Test
    void everyFieldAtFaultIsNamedWithItsOwnMessage() {
        var parsed = VerificationRequest.parse("07919501234", "12345678", "   ", false);
        assertThat(parsed.valid()).isFalse();
        assertThat(parsed.errors().keySet()).containsExactly("cccd", "cmnd", "fullName", "consent");
        assertThat(parsed.errors().get("cccd").messageKey()).isEqualTo("cccd.length");
        assertThat(parsed.errors().get("cmnd").messageKey()).isEqualTo("cmnd.length");
        assertThat(parsed.errors().get("fullName").messageKey()).isEqualTo("citizen.full-name.required");
        assertThat(parsed.errors().get("consent").messageKey()).isEqualTo("citizen.consent.required");
    }

    @Test
    void thirteenDigitsLettersAndDigitsInNamesAreRefused() {
        assertThat(VerificationRequest.parse("0791950123456", null, "A", true).errors().get("cccd").messageKey())
                .isEqualTo("cccd.length");
        assertThat(VerificationRequest.parse("07919501234a", null, "A", true).errors().get("cccd").messageKey())
                .isEqualTo("cccd.digits-only");
        assertThat(VerificationRequest.parse("079195012345", "02512345x", "A", true).errors().get("cmnd").messageKey())
                .isEqualTo("cmnd.digits-only");
        assertThat(VerificationRequest.parse("079195012345", "025123456789", "A", true).errors().get("cmnd").messageKey())
                .isEqualTo("cmnd.length");
        assertThat(VerificationRequest.parse("079195012345", null, "Hoa 2", true).errors().get("fullName").messageKey())
                .isEqualTo("citizen.full-name.letters");
        assertThat(VerificationRequest.parse("979195012345", null, "Hoa", true).errors().get("cccd").messageKey())
                .isEqualTo("cccd.province");
    }
}
