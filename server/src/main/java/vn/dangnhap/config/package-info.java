/**
 * Configuration as code: the settings an administrator makes in {@code /admin} (organisation
 * units, applications with their access rules and audience, OpenID Connect and CAS
 * registrations, release rules, yearly holiday notices, upstream identity providers of the console) as one YAML file — validated with file:line:field messages,
 * planned as a diff, applied in one transaction, exported back to the same format
 * (docs/configuration-as-code.md). Its {@code settings:} section holds the start-time properties
 * (login domains, branding, password, lifecycle and lockout rules, the population-registry
 * connector): bound at start from the file given as {@code dangnhap.config} (an
 * {@code EnvironmentPostProcessor}), only reported as "restart required" by plan and apply.
 *
 * <p>Public API: {@link vn.dangnhap.config.ConfigurationAsCode} (plan, apply, export),
 * {@link vn.dangnhap.config.ConfigSection} (the extension point: one top-level key of the file
 * per section, contributed as a Spring bean by the module that owns the settings),
 * {@link vn.dangnhap.config.ConfigNode} (what a section reads, with line numbers) and
 * {@link vn.dangnhap.config.ConfigCommandLine} ({@code java -jar dangnhap.jar config …}).
 * Entry points: the {@code dangnhap.config} property at start, {@code /api/admin/config/*}, the
 * command line. Publishes no events; writes {@code ADMIN_CHANGE} audit lines.
 */
package vn.dangnhap.config;
