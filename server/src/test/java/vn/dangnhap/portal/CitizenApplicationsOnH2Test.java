package vn.dangnhap.portal;

/** {@link CitizenApplicationsContract} on H2 (PostgreSQL mode). */
class CitizenApplicationsOnH2Test extends CitizenApplicationsContract {}
