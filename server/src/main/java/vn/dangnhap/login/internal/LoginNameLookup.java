package vn.dangnhap.login.internal;

import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.dangnhap.citizen.CitizenAccounts;
import vn.dangnhap.directory.Directory;
import vn.dangnhap.directory.EmailAddress;
import vn.dangnhap.directory.LoginNames;
import vn.dangnhap.login.Account;
import vn.dangnhap.shared.InvalidInputException;

/**
 * Whose account a typed login name is (docs/citizens.md): a name with {@code @} is an official's
 * e-mail in a configured domain; a name without is the local part of an official's e-mail in the
 * default domain when the directory has one, otherwise a legacy citizen account's user name. An
 * official signs in with one indexed look-up; a citizen's name costs the official's look-up first,
 * as an official always wins the name.
 */
@Component
class LoginNameLookup {

    /** What a typed name resolves to, with the key the brute-force throttle counts it under. */
    sealed interface Candidate {
        String throttleKey();
    }

    record Known(Account account, String throttleKey) implements Candidate {}

    /** Nobody has the name: still counted, so a lock looks the same whether the account exists or not. */
    record Unknown(String throttleKey) implements Candidate {}

    private final LoginNames loginNames;
    private final Directory directory;
    private final CitizenAccounts citizens;

    LoginNameLookup(LoginNames loginNames, Directory directory, CitizenAccounts citizens) {
        this.loginNames = loginNames;
        this.directory = directory;
        this.citizens = citizens;
    }

    /** @throws InvalidInputException the name is no one's by its form (too long, unknown domain, invalid) */
    Candidate find(String typed) {
        boolean bareName = !typed.contains("@");
        EmailAddress email;
        try {
            email = loginNames.resolve(typed);
        } catch (InvalidInputException e) {
            // Not an e-mail of ours, but possibly an old portal's user name.
            return citizen(typed, bareName).orElseThrow(() -> e);
        }
        Optional<Candidate> official = directory.findOfficial(email)
                .map(found -> new Known(new Account.Official(found), throttleKey(found.email().value())));
        return official
                .or(() -> citizen(typed, bareName))
                .orElseGet(() -> new Unknown(throttleKey(email.value())));
    }

    private Optional<Candidate> citizen(String typed, boolean bareName) {
        return bareName
                ? citizens.findByUsername(typed).map(found -> new Known(new Account.Citizen(found), found.username()))
                : Optional.empty();
    }

    /** The throttle's key for an account signed in with a password: its e-mail or user name, lower case. */
    static String throttleKey(String loginName) {
        return loginName.toLowerCase(Locale.ROOT);
    }
}
