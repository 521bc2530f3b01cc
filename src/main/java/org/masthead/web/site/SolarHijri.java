package org.masthead.web.site;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * A day in the Solar Hijri calendar, the one Persian readers date things by (Iran, Afghanistan):
 * "۳۰ آبان ۱۴۰۵" rather than a Gregorian date in Persian words. The year starts at Nowruz; the
 * first six months have 31 days, the next five 30, the last 29 or, in a leap year, 30. Leap years
 * follow the astronomical calendar through Borkowski's arithmetic: runs of 33-year cycles (eight
 * leap years each) between the years listed in {@link #BREAKS}, exact for the years 1 to 3177.
 */
public record SolarHijri(int year, int month, int day) {

    /** Farvardin … Esfand. */
    public static final List<String> MONTHS = List.of("فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور", "مهر", "آبان",
            "آذر", "دی", "بهمن", "اسفند");
    /** Years (Solar Hijri) at which the run of 33-year cycles restarts. */
    private static final int[] BREAKS = { -61, 9, 38, 199, 426, 686, 756, 818, 1111, 1181, 1210, 1635, 2060, 2097, 2192, 2262, 2324,
            2394, 2456, 3178 };

    public static SolarHijri of(LocalDate date) {
        int year = date.getYear() - 621;
        LocalDate nowruz = nowruz(year);
        if (date.isBefore(nowruz)) {
            year--;
            nowruz = nowruz(year);
        }
        int k = (int) ChronoUnit.DAYS.between(nowruz, date);
        if (k < 186) {
            return new SolarHijri(year, 1 + k / 31, 1 + k % 31);
        }
        k -= 186;
        return new SolarHijri(year, 7 + k / 30, 1 + k % 30);
    }

    public String monthName() {
        return MONTHS.get(month - 1);
    }

    /** The Gregorian day on which Solar Hijri year {@code year} begins (1 Farvardin). */
    static LocalDate nowruz(int year) {
        if (year < 1 || year >= BREAKS[BREAKS.length - 1]) {
            throw new IllegalArgumentException("Solar Hijri year out of range: " + year);
        }
        int gregorian = year + 621;
        int leapsBefore = -14;
        int previous = BREAKS[0];
        for (int i = 1; i < BREAKS.length && year >= BREAKS[i]; i++) {
            int run = BREAKS[i] - previous;
            leapsBefore += run / 33 * 8 + run % 33 / 4;
            previous = BREAKS[i];
        }
        int intoRun = year - previous;
        leapsBefore += intoRun / 33 * 8 + (intoRun % 33 + 3) / 4;
        int run = runContaining(year);
        if (run % 33 == 4 && run - intoRun == 4) {
            leapsBefore++;
        }
        int gregorianLeapsBefore = gregorian / 4 - (gregorian / 100 + 1) * 3 / 4 - 150;
        return LocalDate.of(gregorian, 3, 1).plusDays(20 + leapsBefore - gregorianLeapsBefore - 1);
    }

    /** The length of the run of cycles that {@code year} falls in. */
    private static int runContaining(int year) {
        for (int i = 1; i < BREAKS.length; i++) {
            if (year < BREAKS[i]) {
                return BREAKS[i] - BREAKS[i - 1];
            }
        }
        throw new IllegalArgumentException("Solar Hijri year out of range: " + year);
    }
}
