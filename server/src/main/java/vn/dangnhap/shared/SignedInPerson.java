package vn.dangnhap.shared;

import java.util.UUID;

/**
 * Who a session belongs to, as any module may ask without knowing the login module's types: the
 * account id (the stable {@code sub} applications see) and the name pages and the audit trail use.
 */
public interface SignedInPerson {

    UUID accountId();

    /** The official's e-mail, a citizen's legacy user name or masked number. */
    String loginName();

    /** Whose store holds the account: an official's or a citizen's. */
    AccountKind kind();
}
