package vn.dangnhap.oidc;

import java.util.Set;

/** Tokens were issued to an application. Never carries a token value. */
public record TokenIssued(String clientId, String principalName, String grantType, Set<String> scopes) {}
