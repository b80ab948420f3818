package vn.dangnhap.calendar.internal;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import vn.dangnhap.calendar.YearNotice;

/**
 * {@code dangnhap.calendar.*}.
 *
 * @param notices yearly official notices known at deployment, e.g.
 *                {@code dangnhap.calendar.notices[0].year=2025},
 *                {@code dangnhap.calendar.notices[0].days-off=2025-01-25,2025-01-26,…},
 *                {@code dangnhap.calendar.notices[0].working-saturdays=2025-02-08},
 *                {@code dangnhap.calendar.notices[0].reference=…}. A notice saved in the
 *                database for the same year wins.
 */
@ConfigurationProperties("dangnhap.calendar")
public record CalendarProperties(@DefaultValue List<YearNotice> notices) {}
