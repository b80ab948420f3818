package vn.dangnhap.linking;

/** A link was made (active or pending); {@code actor} is an e-mail or an application's client id. */
public record LinkCreated(AppLink link, String accountEmail, String actor) {}
