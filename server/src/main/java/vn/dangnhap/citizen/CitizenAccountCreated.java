package vn.dangnhap.citizen;

import java.util.UUID;

/** A citizen account was created: from an e-ID login, by import, or as demo data. */
public record CitizenAccountCreated(UUID accountId, CitizenAccount.Source source, String displayLogin) {}
