/**
 * Shared kernel: the domain exceptions all modules throw and their single mapping to HTTP
 * problems (RFC 9457), and the master key that encrypts secrets at rest. No business logic lives here.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package vn.dangnhap.shared;
