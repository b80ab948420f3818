package vn.dangnhap.entry;

/** The cross-protocol entry table on the embedded store (H2). */
class EntryAcrossProtocolsOnH2Test extends EntryAcrossProtocolsContract {}
