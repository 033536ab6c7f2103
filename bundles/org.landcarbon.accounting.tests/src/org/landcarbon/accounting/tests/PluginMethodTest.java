package org.landcarbon.accounting.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.landcarbon.accounting.Account;
import org.landcarbon.accounting.AccountOptions;
import org.landcarbon.accounting.AccountingContext;
import org.landcarbon.accounting.AccountingMethod;
import org.landcarbon.accounting.AccountingService;
import org.landcarbon.accounting.ComponentKind;
import org.landcarbon.accounting.MissingInputException;
import org.landcarbon.accounting.Requirements;
import org.landcarbon.accounting.SeriesInput;
import org.landcarbon.accounting.Trail;
import org.landcarbon.model.Study;
import org.landcarbon.model.units.Quantity;
import org.osgi.framework.ServiceRegistration;

/** A method registered by another bundle (here: by the test) joins the registry and the accounts. */
class PluginMethodTest {

    /** An institution's own construction method: construction area x a flat rate (for the test only). */
    static final class FlatRateConstruction implements AccountingMethod {
        @Override
        public String id() {
            return "test.construction_area";
        }

        @Override
        public String name() {
            return "Test: construction area x 50 t C/hm2";
        }

        @Override
        public String formula() {
            return "area.construction x 50 t C/hm2";
        }

        @Override
        public Set<String> components(AccountingContext context) {
            return Set.of("construction");
        }

        @Override
        public ComponentKind kind(String component) {
            return ComponentKind.SOURCE;
        }

        @Override
        public Requirements requirements(String component, AccountingContext context) {
            return new Requirements(List.of("area.construction"), List.of());
        }

        @Override
        public Quantity compute(String component, int year, AccountingContext context, Trail.Builder trail) throws MissingInputException {
            SeriesInput area = trail.input(context.require("area.construction", year));
            return area.quantity().times(Quantity.of(50, "t C / hm2"));
        }
    }

    @Test
    void aRegisteredMethodIsUsedWhenTheStudyChoosesIt() throws Exception {
        AccountingService service = Services.accounting();
        ServiceRegistration<AccountingMethod> reg = Services.register(AccountingMethod.class, new FlatRateConstruction());
        try {
            assertTrue(service.method("test.construction_area").isPresent());
            Study s = DemoCounty.create();
            DemoCounty.choose(s, "construction", "test.construction_area");
            Account a = service.account(s, AccountOptions.DEFAULT);
            // 1.0 x 10^4 hm2 x 50 t C/hm2 = 500 000 t C
            assertEquals(500_000, a.value(2020, "construction").value().value(), 1e-6);
            assertEquals("test.construction_area", a.result(2020, "construction").methodId());
            // without a choice the built-in energy-intensity method (priority 10) stays the default
            assertEquals("construction.energy_intensity", service.account(DemoCounty.create(), AccountOptions.DEFAULT)
                    .result(2020, "construction").methodId());
        } finally {
            reg.unregister();
        }
        assertFalse(service.method("test.construction_area").isPresent());
        Study s = DemoCounty.create();
        DemoCounty.choose(s, "construction", "test.construction_area");
        String reason = service.account(s, AccountOptions.DEFAULT).result(2020, "construction").reason();
        assertTrue(reason.contains("not installed"), reason);
    }
}
