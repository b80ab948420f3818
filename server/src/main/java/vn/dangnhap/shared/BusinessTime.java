package vn.dangnhap.shared;

import java.time.ZoneId;

/** The zone business rules and calendar days are reckoned in. */
public final class BusinessTime {

    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private BusinessTime() {}
}
