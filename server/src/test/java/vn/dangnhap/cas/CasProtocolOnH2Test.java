package vn.dangnhap.cas;

/** The CAS protocol contract on the embedded store (H2). */
class CasProtocolOnH2Test extends CasProtocolContract {}
