package vn.dangnhap.calendar;

/** Published when a year's official notice is saved or removed: that year's working days may have changed. */
public record YearNoticeSaved(int year) {}
