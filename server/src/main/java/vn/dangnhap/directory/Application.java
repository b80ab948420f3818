package vn.dangnhap.directory;

import java.net.URI;

/** A connected application as the portal shows it: a tile and where a click leads. */
public record Application(String code, String name, String description, TileIcon icon, URI launchUrl,
                          boolean enabled, int sortOrder) {}
