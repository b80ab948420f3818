/**
 * The admin console's shell ({@code /admin}) and admin API's common parts ({@code /api/admin/**},
 * OpenAPI at {@code /v3/api-docs}) — not the pages themselves: each capability module holds its own
 * console pages, admin API and configuration section in its {@code internal} package and plugs in here.
 * The shell gives them: the acting administrator as a handler parameter ({@link vn.dangnhap.admin.ActingAdmin}),
 * the {@code ADMIN_CHANGE} audit line ({@link vn.dangnhap.admin.AdminChanges}), form errors beside the
 * field ({@link vn.dangnhap.admin.AdminForms}), CSV uploads ({@link vn.dangnhap.admin.AdminCsvUpload}), the
 * layout with a navigation built from {@link vn.dangnhap.admin.AdminMenuEntry} beans, start-page notices
 * ({@link vn.dangnhap.admin.AdminNotice}) and panels on another module's record page
 * ({@link vn.dangnhap.admin.AdminPanel}). Who may reach the console is the web security's business (role {@code ADMIN}).
 *
 * <p>Event: {@link vn.dangnhap.admin.AdminChangeMade}. Depends on the audit trail only.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "audit"})
package vn.dangnhap.admin;
