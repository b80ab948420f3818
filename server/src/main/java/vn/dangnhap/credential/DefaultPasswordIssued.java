package vn.dangnhap.credential;

import java.util.UUID;

/** A default password was set (new or reset account): the owner must change it at the next login. */
public record DefaultPasswordIssued(UUID accountId) {}
