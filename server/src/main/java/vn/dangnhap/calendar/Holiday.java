package vn.dangnhap.calendar;

import java.time.LocalDate;

/** A day off in the working-day calendar, and why it is one. */
public record Holiday(LocalDate date, Kind kind) {

    public enum Kind {
        /** 1 January (Labour Code 2019 art. 112(1)(a)). */
        NEW_YEAR,
        /** Tết Nguyên Đán: the last day of the lunar year and lunar 1–4 of month 1 unless a yearly notice says otherwise (art. 112(1)(b)). */
        TET,
        /** Hùng Kings' commemoration, lunar 10/3 (art. 112(1)(đ)). */
        HUNG_KINGS,
        /** 30 April, Reunification Day (art. 112(1)(c)). */
        REUNIFICATION_DAY,
        /** 1 May, International Labour Day (art. 112(1)(d)). */
        LABOUR_DAY,
        /** 2 September (art. 112(1)(đ)). */
        NATIONAL_DAY,
        /** The day next to 2 September (art. 112(1)(đ)); 1 September unless a yearly notice says otherwise. */
        NATIONAL_DAY_ADJACENT,
        /** 24 November, Vietnamese Culture Day, from 2026-07-01 (Resolution 28/2026/QH16); never moved. */
        CULTURE_DAY,
        /** A working day off in place of a holiday that fell on a weekly rest day (art. 111(3)). */
        COMPENSATORY,
        /** A day off set by the year's official notice. */
        BY_NOTICE
    }
}
