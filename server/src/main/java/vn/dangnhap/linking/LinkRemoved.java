package vn.dangnhap.linking;

/** A link was removed, or a pending one refused ({@code refused}). */
public record LinkRemoved(AppLink link, String accountEmail, String actor, boolean refused) {}
