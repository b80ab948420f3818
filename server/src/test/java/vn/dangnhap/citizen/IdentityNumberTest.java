package vn.dangnhap.citizen;

import vn.dangnhap.shared.IdNumbers;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import vn.dangnhap.shared.InvalidInputException;

class IdentityNumberTest {

    @Test
    void aCccdIsTwelveDigitsWithAProvinceCode() {
        Cccd pin = Cccd.parse(" 079 195 012345 ");
        assertThat(pin.value()).isEqualTo("079195012345");
        assertThat(pin.provinceCode()).isEqualTo("079");
        assertThat(pin.female()).isTrue();
        assertThat(pin.birthYear()).isEqualTo(1995);
        assertThat(Cccd.parse("001203000001").birthYear()).isEqualTo(2003);
        assertThat(pin.toString()).isEqualTo("0791******45").doesNotContain("195012");
    }

    @Test
    void malformedNumbersAreRefusedWithoutEchoingThem() {
        assertThatThrownBy(() -> Cccd.parse("")).isInstanceOf(InvalidInputException.class).hasMessage("cccd.required");
        assertThatThrownBy(() -> Cccd.parse("   ")).hasMessage("cccd.required");
        assertThatThrownBy(() -> Cccd.parse("07919501234")).hasMessage("cccd.length");
        assertThatThrownBy(() -> Cccd.parse("0791950123456")).hasMessage("cccd.length");
        assertThatThrownBy(() -> Cccd.parse("07919501234a")).hasMessage("cccd.digits-only");
        assertThatThrownBy(() -> Cccd.parse("099195012345")).hasMessage("cccd.province");
        assertThatThrownBy(() -> Cccd.parse("000195012345")).hasMessage("cccd.province");
    }

    @Test
    void aCmndIsNineDigitsAndOptionalWhereAsked() {
        assertThat(Cmnd.parse("cmnd", "012345678").masked()).isEqualTo("0123***78");
        assertThat(Cmnd.parseOptional("cmnd", "  ")).isNull();
        assertThatThrownBy(() -> Cmnd.parse("cmnd", "12345678")).hasMessage("cmnd.length");
        assertThatThrownBy(() -> Cmnd.parse("cmnd", "12345678x")).hasMessage("cmnd.digits-only");
    }

    @Test
    void masksShowFirstFourAndLastTwo() {
        assertThat(IdNumbers.mask("079123456789")).isEqualTo("0791******89");
        assertThat(IdNumbers.mask("1234567")).isEqualTo("*******");
    }
}
