package org.masthead.web.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** Dates Persian readers know by heart, and the turns of the year around leap years. */
class SolarHijriTest {

    private static String persian(String gregorian) {
        SolarHijri d = SolarHijri.of(LocalDate.parse(gregorian));
        return d.day() + " " + d.monthName() + " " + d.year();
    }

    @Test
    void knownDates() {
        assertThat(persian("1979-02-11")).isEqualTo("22 بهمن 1357");
        assertThat(persian("2017-06-11")).isEqualTo("21 خرداد 1396");
        assertThat(persian("2026-11-21")).isEqualTo("30 آبان 1405");
        assertThat(persian("2000-01-01")).isEqualTo("11 دی 1378");
    }

    @Test
    void newYearFallsOnNowruz() {
        assertThat(persian("2024-03-19")).isEqualTo("29 اسفند 1402");
        assertThat(persian("2024-03-20")).isEqualTo("1 فروردین 1403");
        assertThat(persian("2025-03-20")).as("1403 is a leap year").isEqualTo("30 اسفند 1403");
        assertThat(persian("2025-03-21")).isEqualTo("1 فروردین 1404");
        assertThat(persian("2026-03-20")).isEqualTo("29 اسفند 1404");
        assertThat(persian("2026-03-21")).isEqualTo("1 فروردین 1405");
    }

    @Test
    void monthsHaveTheirLengths() {
        assertThat(persian("2026-09-22")).isEqualTo("31 شهریور 1405");
        assertThat(persian("2026-09-23")).isEqualTo("1 مهر 1405");
        assertThat(persian("2027-02-19")).isEqualTo("30 بهمن 1405");
        assertThat(persian("2027-02-20")).isEqualTo("1 اسفند 1405");
    }
}
