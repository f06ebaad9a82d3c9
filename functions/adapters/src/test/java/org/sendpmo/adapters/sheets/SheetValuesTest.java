package org.sendpmo.adapters.sheets;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The value formats real spreadsheets contain. */
class SheetValuesTest {

    @ParameterizedTest
    @ValueSource(strings = {"25/03/2025", "25/3/2025", "25-Mar-2025", "25-mar-2025", "25 March 2025", "2025-03-25", "45741",
        "45741.0", "25.03.2025", "25-Mar-25"})
    void dates(String text) {
        assertEquals(Optional.of(LocalDate.of(2025, 3, 25)), CellValues.date(text));
    }

    @Test
    void septemberIsSepNotSept() {
        assertEquals(Optional.of(LocalDate.of(2025, 9, 1)), CellValues.date("01-Sep-2025"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"31/02/2025", "2025", "12/25/2025", "yesterday", "0", "2025-02-30"})
    void notDates(String text) {
        assertEquals(Optional.empty(), CellValues.date(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"March 2025", "Mar 2025", "Mar-2025", "Mar-25", "03/2025", "3/2025", "2025-03", "01/03/2025", "45717"})
    void months(String text) {
        assertEquals(Optional.of(YearMonth.of(2025, 3)), CellValues.month(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1250000", "£1,250,000", "1,250,000", "£1.25m", "1.25m", "1.25M", "1250k", "£ 1,250,000", "1.25E6",
        "1250000.00"})
    void amounts(String text) {
        assertEquals(0, new BigDecimal("1250000").compareTo(CellValues.amount(text).orElseThrow()), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"-5", "lots", "£", "1,25,000", "1.2.3"})
    void notAmounts(String text) {
        assertEquals(Optional.empty(), CellValues.amount(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"45%", "0.45", "45.0%", " 45 % "})
    void percentages(String text) {
        assertEquals(0, new BigDecimal("0.45").compareTo(CellValues.percent(text.replace(" %", "%")).orElseThrow()), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"45", "120%", "-1%", "half"})
    void notPercentages(String text) {
        assertEquals(Optional.empty(), CellValues.percent(text));
    }

    @Test
    void wholeNumbersMayBeStoredAsDecimals() {
        assertEquals(Optional.of(3), CellValues.whole("3.0"));
        assertEquals(Optional.empty(), CellValues.whole("3.5"));
        assertEquals(Optional.empty(), CellValues.whole("High"));
    }

    @Test
    void yesNo() {
        assertEquals(Optional.of(true), CellValues.yesNo("YES"));
        assertEquals(Optional.of(false), CellValues.yesNo("FALSE"));
        assertEquals(Optional.empty(), CellValues.yesNo("maybe"));
    }

    @Test
    void columnLetters() {
        assertEquals("A", SheetParser.columnName(0));
        assertEquals("Z", SheetParser.columnName(25));
        assertEquals("AA", SheetParser.columnName(26));
        assertEquals("AV", SheetParser.columnName(47));
    }
}
