/**
 * Directory: organisation units (province → department/district → office/commune), official
 * accounts, their roles, the configured login domains, and the rules saying which unit or role
 * may open which application.
 *
 * <p>Public API: {@link vn.dangnhap.directory.Directory}, {@link vn.dangnhap.directory.LoginNames},
 * {@link vn.dangnhap.directory.AppAccessPolicy} and the value types beside them. Tables:
 * {@code directory_*}.
 */
package vn.dangnhap.directory;
