package vn.dangnhap.credential;

import java.util.UUID;

/**
 * A default password (new or reset account) was set; the owner must change it at the next login.
 * The password itself travels only so that the e-mail notice can include it when an operator
 * allows that ({@code dangnhap.notices.include-default-password}); never log or store it.
 */
public record DefaultPasswordIssued(UUID accountId, String defaultPassword) {

    @Override
    public String toString() {
        return "DefaultPasswordIssued[accountId=" + accountId + "]";
    }
}
