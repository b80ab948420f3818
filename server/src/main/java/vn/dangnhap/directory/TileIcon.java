package vn.dangnhap.directory;

/** The icons shipped with the portal ({@code static/icons/<name>.svg}). */
public enum TileIcon {
    MEETING, DIRECTION, DOCUMENT, CALENDAR, OPERATIONS, MAIL, SERVICE, GENERIC;

    public String path() {
        return "/icons/" + name().toLowerCase(java.util.Locale.ROOT) + ".svg";
    }
}
