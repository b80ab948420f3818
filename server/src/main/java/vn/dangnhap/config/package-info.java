/**
 * Configuration as code — the engine only: reading the YAML file with line numbers, validation
 * with file:line:field messages, the plan as a diff, apply in one transaction, export back to the
 * same format (docs/configuration-as-code.md). Each top-level key of the file is a
 * {@link vn.dangnhap.config.ConfigSection} contributed as a bean by the module that owns those
 * settings (units and applications: directory; OIDC clients: oidc; CAS services: cas; release rules:
 * linking; holiday notices: calendar; identity providers: broker). Its {@code settings:} section holds
 * the start-time properties, bound at start from the file given as {@code dangnhap.config}.
 *
 * <p>Public API: {@link vn.dangnhap.config.ConfigurationAsCode} (plan, apply, export),
 * {@link vn.dangnhap.config.ConfigSection}, {@link vn.dangnhap.config.ConfigNode} (what a section reads)
 * and {@link vn.dangnhap.config.ConfigCommandLine} ({@code java -jar dangnhap.jar config …}). Imports no
 * capability module; records {@code ADMIN_CHANGE} lines through the admin shell.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "admin"})
package vn.dangnhap.config;
