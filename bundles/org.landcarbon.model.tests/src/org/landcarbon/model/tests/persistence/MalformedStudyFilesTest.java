package org.landcarbon.model.tests.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.landcarbon.model.persistence.StudyFileException;
import org.landcarbon.model.persistence.StudyFiles;

/** Damaged or hand-edited study files: each names the line (and column where the parser knows it) and the problem. */
class MalformedStudyFilesTest {

    private static final String HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<landcarbon:Study " + StudyFilesTest.NS
            + " formatVersion=\"2\" name=\"x\" startYear=\"2005\" endYear=\"2019\">\n";

    /** Body after line 2 ('|' = newline), expected line, expected text in the problem. */
    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        // truncated in the middle of an element: the end of the file is where it breaks
        "  <series id=\"area.forest\" kind=\"LAND_AREA\" unit=\"10^4 hm2\">|    <values year=\"2005\" val; 4; not well-formed XML",
        // a closing tag that does not match
        "  <series id=\"a\">|  </values>|</landcarbon:Study>; 4; not well-formed XML",
        // a number that is not a number
        "  <series id=\"a\" unit=\"t\">|    <values year=\"2005\" value=\"12,5\"/>|  </series>|</landcarbon:Study>; 4; '12,5' is not a valid value for value of <YearValue>: expected a number such as 12.5",
        // a year that is not a whole number
        "  <series id=\"a\">|    <values year=\"二〇〇五\" value=\"1\"/>|  </series>|</landcarbon:Study>; 4; '二〇〇五' is not a valid value for year of <YearValue>: expected a whole number",
        // an element the model does not know
        "  <sereis id=\"a\"/>|</landcarbon:Study>; 3; unknown element or attribute 'sereis'",
        // an attribute the model does not know
        "  <series id=\"a\" colour=\"red\"/>|</landcarbon:Study>; 3; unknown element or attribute 'colour'",
        // an enum literal that does not exist
        "  <series id=\"a\" kind=\"AREA\"/>|</landcarbon:Study>; 3; 'AREA' is not a valid value for kind of <Series>: expected one of LAND_AREA, AGRICULTURAL_ACTIVITY",
    })
    void namesLineAndProblem(String body, int line, String problem, @TempDir Path dir) throws Exception {
        Path file = dir.resolve("hand-edited.landcarbon");
        Files.writeString(file, HEAD + body.replace('|', '\n'));
        StudyFileException e = assertThrows(StudyFileException.class, () -> StudyFiles.load(file));
        assertEquals(line, e.line(), e.getMessage());
        assertTrue(e.problem().contains(problem), e.getMessage());
        assertTrue(e.getMessage().startsWith(file + ", line " + line), e.getMessage());
    }

    @org.junit.jupiter.api.Test
    void aFileResavedInGbkIsNamedByLine(@TempDir Path dir) throws Exception {
        // a hand edit saved by an editor in GBK while the declaration still says UTF-8
        String text = HEAD + "  <landClassSystem id=\"seed\">\n    <classes id=\"forest\" nameZh=\"林地\"/>\n  </landClassSystem>\n</landcarbon:Study>\n";
        Path file = dir.resolve("gbk.landcarbon");
        Files.write(file, text.getBytes(java.nio.charset.Charset.forName("GBK")));
        StudyFileException e = assertThrows(StudyFileException.class, () -> StudyFiles.load(file));
        assertEquals(4, e.line(), e.getMessage());
        assertTrue(e.problem().contains("UTF-8"), e.getMessage());
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "'';                                                        the file is empty",
        "not xml at all;                                            not well-formed XML",
        "<?xml version=\"1.0\"?>|<html><body/></html>;             not a LandCarbon study: the root element is <html>",
        "<?xml version=\"1.0\"?>|<landcarbon:Study xmlns:landcarbon=\"urn:other\"/>; not a LandCarbon study",
        "<?xml version=\"1.0\"?>|<landcarbon:Study xmlns:landcarbon=\"http://landcarbon.org/model/1.0\" formatVersion=\"two\"/>; formatVersion \"two\" is not a whole number",
    })
    void refusesWhatIsNotAStudy(String content, String problem, @TempDir Path dir) throws Exception {
        Path file = dir.resolve("x.landcarbon");
        Files.writeString(file, content.replace('|', '\n'));
        StudyFileException e = assertThrows(StudyFileException.class, () -> StudyFiles.load(file));
        assertTrue(e.problem().contains(problem), e.getMessage());
    }
}
