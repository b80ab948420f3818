package vn.dangnhap.directory;

/** What a form or API call says about an organisation unit, as typed. */
public record UnitInput(String code, String name, UnitKind kind, String parentCode) {}
