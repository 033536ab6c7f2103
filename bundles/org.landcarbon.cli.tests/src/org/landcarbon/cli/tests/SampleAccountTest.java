package org.landcarbon.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.landcarbon.cli.tests.CliHarness.Result;
import org.landcarbon.model.samples.SampleStudies;

/**
 * {@code account} and {@code audit} on the shipped Guizhou sample: the area sinks computed from its areas, cropland,
 * construction and agricultural land taken from Table 5 (the study's method choice "reported"), totals computed.
 */
class SampleAccountTest {

    @Test
    void guizhouAccountFillsTheTable5Layout(@TempDir Path dir) throws Exception {
        Path file = StudyCommandsTest.sample(SampleStudies.GUIZHOU_FILE, dir);
        Result r = CliHarness.run("account", file.toString());
        assertEquals(0, r.exitCode(), r.err());
        assertEquals("", r.err());
        // 2005: sinks 7.74 + 510.11 + 3.37 + 0.89 + 4.49 + 1418.75 = 1945.35; sources 3910.07 + 111.57 = 4021.64;
        // net 4021.64 - 1945.35 = 2076.29 (Table 5 prints 1945.36, 4021.65, 2076.29)
        assertRow(r.out(), "2005 7.74 510.11 3.37 0.89 4.49 1418.75 r 3910.07 r 111.57 r 1945.35 4021.64 2076.29");
        // 2014: sinks 10.71 + 576.12 + 0.15 + 1.09 + 3.79 + 1450.22 = 2042.08; sources 6258.16 + 163.69 = 6421.85
        // (Table 5 prints 6509.11); net 6421.85 - 2042.08 = 4379.77 (Table 5: 4379.78)
        assertRow(r.out(), "2014 10.71 576.12 0.15 1.09 3.79 1450.22 r 6258.16 r 163.69 r 2042.08 6421.85 4379.77");
        List<String> table = r.out().lines().takeWhile(l -> !l.startsWith("r = ")).filter(l -> l.matches("20\\d\\d .*")).toList();
        assertEquals(15, table.size(), r.out());
        table.forEach(l -> assertFalse(l.contains("n/a"), "every component and total of every year: " + l));
    }

    @Test
    void guizhouAuditFlagsThePublishedSourcesTotalOf2014To2018(@TempDir Path dir) throws Exception {
        Path file = StudyCommandsTest.sample(SampleStudies.GUIZHOU_FILE, dir);
        Result r = CliHarness.run("audit", file.toString());
        assertEquals(0, r.exitCode(), r.err());
        // computed 6421.85 against the published 6509.11: -87.26
        assertRow(r.out(), "2014 sources_total 6509.11 6421.85 -87.26 -1.34%");
        assertRow(r.out(), "2016 sources_total 6217.87 6608.90 391.03 6.29%");
        assertRow(r.out(), "2014 cropland 1450.22 n/a n/a n/a taken from the reported value itself");
        assertTrue(r.out().contains("Inconsistent years: 2014, 2015, 2016, 2017, 2018\n"), r.out());
    }

    /** A row of a table, its cells separated by any run of blanks. */
    private static void assertRow(String out, String cells) {
        assertTrue(out.lines().map(l -> l.strip().replaceAll(" +", " ")).anyMatch(cells::equals), "no row '" + cells + "' in\n" + out);
    }
}
