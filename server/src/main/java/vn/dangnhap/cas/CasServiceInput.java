package vn.dangnhap.cas;

/** A CAS application as an administrator sends it; on update the code is not changed. */
public record CasServiceInput(String code, String name, String servicePattern, Boolean sloEnabled) {}
