package vn.dangnhap.directory;

import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;
import vn.dangnhap.directory.internal.DirectoryProperties;
import vn.dangnhap.shared.InvalidInputException;

/**
 * Turns what an official types in the username box into an e-mail address: a local part gets
 * the default domain appended ("không nhập đuôi @binhphuoc.gov.vn", as provincial guides say); a
 * full address must be in one of the configured login domains.
 */
@Component
public class LoginNames {

    /** No address is longer (RFC 5321); longer input is refused before any look-up. */
    public static final int MAX_LENGTH = 254;

    private final List<String> domains;

    public LoginNames(DirectoryProperties properties) {
        this.domains = properties.loginDomains().stream().map(d -> d.strip().toLowerCase(Locale.ROOT)).toList();
        if (domains.isEmpty()) {
            throw new IllegalStateException("dangnhap.directory.login-domains must name at least one domain");
        }
    }

    public EmailAddress resolve(String typed) {
        if (typed == null || typed.isBlank()) {
            throw new InvalidInputException("username", "login.username.required");
        }
        String name = typed.strip();
        if (name.length() > MAX_LENGTH) {
            throw new InvalidInputException("username", "login.username.too-long", MAX_LENGTH);
        }
        if (!name.contains("@")) {
            name = name + "@" + defaultDomain();
        }
        EmailAddress email;
        try {
            email = EmailAddress.parse(name);
        } catch (InvalidInputException e) {
            throw new InvalidInputException("username", "login.username.invalid");
        }
        if (!domains.contains(email.domain())) {
            throw new InvalidInputException("username", "login.domain.unknown", email.domain());
        }
        return email;
    }

    public String defaultDomain() {
        return domains.getFirst();
    }

    public List<String> domains() {
        return domains;
    }
}
