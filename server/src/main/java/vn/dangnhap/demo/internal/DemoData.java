package vn.dangnhap.demo.internal;

import java.util.List;
import vn.dangnhap.directory.UnitKind;

/** The demo province, as data. Fictional names; real-world shape (the seeds' portal). */
final class DemoData {

    private DemoData() {}

    record Unit(String code, String name, UnitKind kind, String parent) {}

    record Official(String localPart, String fullName, String phone, String unit, List<String> roles) {}

    record App(String code, String name, String description, String icon, List<String> accessRules) {}

    /** A public-service application: who it is for ({@code CITIZENS} or {@code BOTH}) and what it is told. */
    record CitizenApp(String code, String name, String description, String icon, String audience, boolean verifiedOnly,
                      boolean releasePersonalIdentifier, List<String> officialRules) {}

    static final List<Unit> UNITS = List.of(
            new Unit("DEMO", "UBND Tỉnh Demo", UnitKind.PROVINCE, null),
            new Unit("VP_UBND", "Văn phòng UBND tỉnh", UnitKind.DEPARTMENT, "DEMO"),
            new Unit("SO_TTTT", "Sở Thông tin và Truyền thông", UnitKind.DEPARTMENT, "DEMO"),
            new Unit("TT_CNTT", "Trung tâm Công nghệ thông tin và Truyền thông", UnitKind.OFFICE, "SO_TTTT"),
            new Unit("SO_NV", "Sở Nội vụ", UnitKind.DEPARTMENT, "DEMO"),
            new Unit("SO_TC", "Sở Tài chính", UnitKind.DEPARTMENT, "DEMO"),
            new Unit("H_DONG_XANH", "UBND huyện Đồng Xanh", UnitKind.DISTRICT, "DEMO"),
            new Unit("H_DONG_XANH_VP", "Văn phòng HĐND và UBND huyện Đồng Xanh", UnitKind.OFFICE, "H_DONG_XANH"),
            new Unit("X_TAN_LAP", "UBND xã Tân Lập", UnitKind.COMMUNE, "H_DONG_XANH"),
            new Unit("X_TAN_TIEN", "UBND xã Tân Tiến", UnitKind.COMMUNE, "H_DONG_XANH"),
            new Unit("TX_HOA_BINH", "UBND thị xã Hòa Bình", UnitKind.DISTRICT, "DEMO"),
            new Unit("P_HOA_BINH", "UBND phường Hòa Bình", UnitKind.COMMUNE, "TX_HOA_BINH"),
            new Unit("X_HOA_AN", "UBND xã Hòa An", UnitKind.COMMUNE, "TX_HOA_BINH"));

    static final List<Official> OFFICIALS = List.of(
            new Official("admin", "Quản trị hệ thống", "0888778078", "TT_CNTT", List.of("ADMIN", "CHUYEN_VIEN")),
            new Official("nguyenvanan", "Nguyễn Văn An", "0912345601", "VP_UBND", List.of("LANH_DAO")),
            new Official("tranthibinh", "Trần Thị Bình", "0912345602", "VP_UBND", List.of("VAN_THU")),
            new Official("levancuong", "Lê Văn Cường", "0912345603", "VP_UBND", List.of("CHUYEN_VIEN")),
            new Official("phamthidung", "Phạm Thị Dung", "0912345604", "SO_TTTT", List.of("LANH_DAO")),
            new Official("hoangvanem", "Hoàng Văn Em", "0912345605", "SO_TTTT", List.of("CHUYEN_VIEN")),
            new Official("vuthiphuong", "Vũ Thị Phương", "0912345606", "TT_CNTT", List.of("CHUYEN_VIEN")),
            new Official("dangvangiang", "Đặng Văn Giang", "0912345607", "SO_NV", List.of("LANH_DAO")),
            new Official("buithihoa", "Bùi Thị Hoa", "0912345608", "SO_NV", List.of("VAN_THU")),
            new Official("dovanhung", "Đỗ Văn Hùng", "0912345609", "SO_TC", List.of("CHUYEN_VIEN")),
            new Official("ngothikim", "Ngô Thị Kim", "0912345610", "SO_TC", List.of("VAN_THU")),
            new Official("duongvanlong", "Dương Văn Long", "0912345611", "H_DONG_XANH", List.of("LANH_DAO")),
            new Official("lythimai", "Lý Thị Mai", "0912345612", "H_DONG_XANH_VP", List.of("VAN_THU")),
            new Official("trinhvannam", "Trịnh Văn Nam", "0912345613", "H_DONG_XANH_VP", List.of("CHUYEN_VIEN")),
            new Official("maithioanh", "Mai Thị Oanh", "0912345614", "X_TAN_LAP", List.of("CHUYEN_VIEN")),
            new Official("caovanphuc", "Cao Văn Phúc", "0912345615", "X_TAN_LAP", List.of("LANH_DAO")),
            new Official("tathiquynh", "Tạ Thị Quỳnh", "0912345616", "X_TAN_TIEN", List.of("VAN_THU")),
            new Official("phanvanson", "Phan Văn Sơn", "0912345617", "TX_HOA_BINH", List.of("LANH_DAO")),
            new Official("huynhthitam", "Huỳnh Thị Tâm", "0912345618", "P_HOA_BINH", List.of("CHUYEN_VIEN")),
            new Official("vovanthanh", "Võ Văn Thành", "0912345619", "X_HOA_AN", List.of("VAN_THU")),
            new Official("dinhthiuyen", "Đinh Thị Uyên", "0912345620", "SO_NV", List.of("CHUYEN_VIEN")),
            new Official("luuvanvinh", "Lưu Văn Vinh", "0251 3879 123", "X_HOA_AN", List.of("LANH_DAO")));

    static final List<App> APPS = List.of(
            new App("ecabinet", "Phòng họp không giấy \"VNPT eCabinet\"", "Họp, tài liệu họp và biểu quyết trực tuyến",
                    "MEETING", List.of("role:LANH_DAO", "unit:VP_UBND")),
            new App("chidao", "Chỉ đạo điều hành", "Theo dõi nhiệm vụ được giao và chỉ đạo",
                    "DIRECTION", List.of("role:LANH_DAO")),
            new App("ioffice-v4", "Quản lý văn bản \"VNPT-iOffice V4\"", "Văn bản đến, văn bản đi cấp huyện, xã",
                    "DOCUMENT", List.of("unit:H_DONG_XANH", "unit:TX_HOA_BINH")),
            new App("ioffice-v5", "Quản lý văn bản \"VNPT-iOffice V5\"", "Văn bản đến, văn bản đi các sở, ban, ngành",
                    "DOCUMENT", List.of("unit:VP_UBND", "unit:SO_TTTT", "unit:SO_NV", "unit:SO_TC")),
            new App("lichcongtac", "Lịch công tác", "Lịch công tác của lãnh đạo và cơ quan",
                    "CALENDAR", List.of("*")),
            new App("dieuhanh", "Điều hành tác nghiệp", "Xử lý hồ sơ công việc hằng ngày",
                    "OPERATIONS", List.of("role:VAN_THU", "role:CHUYEN_VIEN")),
            new App("thudientu", "Thư điện tử", "Hộp thư công vụ",
                    "MAIL", List.of("*")));

    /**
     * Tiles a citizen sees. No demo official holds role MOT_CUA, so officials' portals are as before;
     * an administrator grants it to the one-stop-shop staff.
     */
    static final List<CitizenApp> CITIZEN_APPS = List.of(
            new CitizenApp("dvc-tinh", "Cổng dịch vụ công tỉnh", "Nộp hồ sơ, tra cứu thủ tục hành chính trực tuyến",
                    "SERVICE", "CITIZENS", false, false, List.of()),
            new CitizenApp("motcua-dt", "Một cửa điện tử", "Theo dõi hồ sơ đã nộp tại bộ phận một cửa",
                    "DOCUMENT", "BOTH", true, true, List.of("role:MOT_CUA")));
}
