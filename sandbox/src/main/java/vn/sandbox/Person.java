package vn.sandbox;

import java.time.LocalDate;
import java.util.Optional;

/**
 * One citizen known to both stand-ins.
 *
 * @param sub       stable subject identifier at the VNeID stand-in (a UUID)
 * @param cccd      the 12-digit personal identification number
 * @param fullName  canonical full name
 * @param birthDate date of birth
 * @param cmnd      the old 9-digit identity card number, if the person had one
 * @param ial       identity assurance level at VNeID ("1" or "2")
 * @param password  the VNeID password
 */
public record Person(String sub, String cccd, String fullName, LocalDate birthDate, Optional<String> cmnd,
        String ial, String password) {

    @Override
    public String toString() {
        return "Person[" + sub + ", " + cccd.substring(0, 4) + "******" + cccd.substring(10) + "]";
    }
}
