package vn.dangnhap.directory;

import java.util.UUID;

/** A node of the organisation tree; {@code parentCode} is null only for the root (the province). */
public record OrganisationUnit(UUID id, String code, String name, UnitKind kind, String parentCode, boolean enabled) {}
