package org.sendpmo.adapters.sheets;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CsvSafeTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "=SUM(A1:A2)|'=SUM(A1:A2)",
            "+cmd|'+cmd",
            "-2+3+cmd|'-2+3+cmd",
            "@SUM(1)|'@SUM(1)",
            "-12|-12",
            "+3.5|+3.5",
            "-4%|-4%",
            "-|'-",
            "plain text|plain text",
            "12|12"})
    void formulasAreNeutralisedAndSignedNumbersLeftAlone(String in, String out) {
        assertEquals(out, CsvSafe.neutralise(in));
    }

    @org.junit.jupiter.api.Test
    void tabAndCarriageReturnStartsAreNeutralised() {
        assertEquals("'\t=1", CsvSafe.neutralise("\t=1"));
        assertEquals("'\r=1", CsvSafe.neutralise("\r=1"));
    }
}
