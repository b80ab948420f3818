package vn.dangnhap.citizen;

import java.time.LocalDate;
import java.util.List;

/**
 * Accounts that look like one person.
 *
 * @param kind        what they share
 * @param maskedPin   for {@link Kind#NUMBER}: the shared number, masked
 * @param fullName    for {@link Kind#NAME_BIRTH_DATE}: the name as the first account spells it
 * @param birthDate   for {@link Kind#NAME_BIRTH_DATE}: the shared birth date
 */
public record DuplicateGroup(Kind kind, String maskedPin, String fullName, LocalDate birthDate,
                             List<CitizenAccount> accounts) {

    public enum Kind { NUMBER, NAME_BIRTH_DATE }
}
