package vn.dangnhap.directory;

/** Filters for the list of officials; null or blank fields do not filter. */
public record OfficialQuery(String text, String unitCode, AccountStatus status, int limit, int offset) {

    public OfficialQuery {
        limit = Math.clamp(limit, 1, 500);
        offset = Math.max(0, offset);
    }

    public static OfficialQuery all() {
        return new OfficialQuery(null, null, null, 500, 0);
    }
}
