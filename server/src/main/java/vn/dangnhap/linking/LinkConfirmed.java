package vn.dangnhap.linking;

/** A pending link became active: the application confirmed it or an administrator approved it. */
public record LinkConfirmed(AppLink link, String accountEmail, String actor) {}
