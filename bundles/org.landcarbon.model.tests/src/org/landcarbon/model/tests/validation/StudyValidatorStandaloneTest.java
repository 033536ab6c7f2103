package org.landcarbon.model.tests.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.landcarbon.model.tests.SeparateJvm;

class StudyValidatorStandaloneTest {

    @Test
    void thePlainDiagnosticianFindsTheValidatorWithoutOsgi() throws Exception {
        Process p = SeparateJvm.command(ValidateStandalone.class).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        p.waitFor(60, TimeUnit.SECONDS);
        assertEquals(0, p.exitValue(), out);
        assertEquals("org.landcarbon.model | Study 'Standalone', series population, year 2005: the value -3 10^4 persons is negative; "
                + "a POPULATION value cannot be", out);
    }
}
