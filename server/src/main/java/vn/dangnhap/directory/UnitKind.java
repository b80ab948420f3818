package vn.dangnhap.directory;

/** The levels of a Vietnamese provincial administration. */
public enum UnitKind {
    /** Tỉnh / thành phố trực thuộc trung ương. */
    PROVINCE,
    /** Sở, ban, ngành. */
    DEPARTMENT,
    /** Huyện, thị xã, thành phố thuộc tỉnh. */
    DISTRICT,
    /** Phòng, trung tâm, văn phòng. */
    OFFICE,
    /** Xã, phường, thị trấn. */
    COMMUNE
}
