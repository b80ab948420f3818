package vn.dangnhap.directory;

/** What an admin types about an application; {@link ApplicationCatalogue} validates it. */
public record ApplicationInput(String code, String name, String description, String icon, String launchUrl,
                               Integer sortOrder) {}
