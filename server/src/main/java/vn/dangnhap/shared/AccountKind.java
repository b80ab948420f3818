package vn.dangnhap.shared;

/** The two kinds of account: an official's (module directory) or a citizen's (module citizen). */
public enum AccountKind {
    OFFICIAL, CITIZEN
}
