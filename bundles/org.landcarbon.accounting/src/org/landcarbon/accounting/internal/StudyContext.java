package org.landcarbon.accounting.internal;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.landcarbon.accounting.AccountingContext;
import org.landcarbon.accounting.AccountingException;
import org.landcarbon.accounting.CoefficientValue;
import org.landcarbon.accounting.ReportedFigure;
import org.landcarbon.accounting.SeriesInput;
import org.landcarbon.model.LandCarbonPackage;
import org.landcarbon.model.LandClass;
import org.landcarbon.model.ReportedValue;
import org.landcarbon.model.Scenario;
import org.landcarbon.model.Series;
import org.landcarbon.model.SeriesOverride;
import org.landcarbon.model.Study;
import org.landcarbon.model.YearValue;
import org.landcarbon.model.study.StudyConventions;
import org.landcarbon.model.units.BaseDimension;
import org.landcarbon.model.units.Dimension;
import org.landcarbon.model.units.Quantity;
import org.landcarbon.model.units.Unit;
import org.landcarbon.model.units.UnitException;
import org.landcarbon.model.units.Units;

/** A study as methods see it, with a scenario's series overrides applied and coefficients resolved. */
final class StudyContext implements AccountingContext {

    private record Cell(double value, String provenance, String detail, String scenario) {
    }

    private final Study study;
    private final Map<String, Series> series = new LinkedHashMap<>();
    private final Map<String, Map<Integer, Cell>> values = new HashMap<>();
    private final Map<String, CoefficientValue> coefficients;
    private final String coefficientDescription;

    StudyContext(Study study, Scenario scenario, Map<String, CoefficientValue> coefficients, String coefficientDescription)
            throws AccountingException {
        this.study = study;
        this.coefficients = coefficients;
        this.coefficientDescription = coefficientDescription;
        for (Series s : study.getSeries()) {
            series.put(s.getId(), s);
            Map<Integer, Cell> cells = values.computeIfAbsent(s.getId(), k -> new HashMap<>());
            for (YearValue v : s.getValues()) {
                cells.put(v.getYear(), new Cell(v.getValue(), String.valueOf(v.getProvenance()), v.getProvenanceDetail(), null));
            }
        }
        if (scenario != null) {
            for (SeriesOverride o : scenario.getSeriesOverrides()) {
                if (!series.containsKey(o.getSeriesId())) {
                    throw new AccountingException("scenario " + scenario.getName() + " overrides series " + o.getSeriesId()
                            + ", which the study does not have (its unit would be unknown)");
                }
                Map<Integer, Cell> cells = values.get(o.getSeriesId());
                for (YearValue v : o.getValues()) {
                    cells.put(v.getYear(),
                            new Cell(v.getValue(), String.valueOf(v.getProvenance()), v.getProvenanceDetail(), scenario.getName()));
                }
            }
        }
    }

    /** Every year that any series has a value for (after overrides). */
    Set<Integer> dataYears() {
        Set<Integer> years = new TreeSet<>();
        values.values().forEach(m -> years.addAll(m.keySet()));
        return years;
    }

    @Override
    public Study study() {
        return study;
    }

    /**
     * The study's carbon display unit, the model's default (10^4 t C) when it sets none; t C when it is not a
     * unit of carbon or CO2 (the validator reports that).
     */
    @Override
    public Unit carbonDisplayUnit() {
        String text = study.getDisplayUnits() == null ? null : study.getDisplayUnits().getCarbon();
        if (text == null || text.isBlank()) {
            text = LandCarbonPackage.Literals.DISPLAY_UNITS__CARBON.getDefaultValueLiteral();
        }
        try {
            Unit u = Unit.parse(text);
            return u.isCompatible(Units.T_C) || u.isCompatible(Units.T_CO2) ? u : Units.T_C;
        } catch (UnitException e) {
            return Units.T_C;
        }
    }

    @Override
    public Set<String> seriesIds() {
        return series.keySet();
    }

    @Override
    public Optional<SeriesInput> input(String seriesId, int year) {
        Series s = series.get(seriesId);
        if (s == null) {
            return Optional.empty();
        }
        Cell cell = values.get(seriesId).get(year);
        if (cell == null || Double.isNaN(cell.value())) {
            return Optional.empty();
        }
        if (s.getUnit() == null || s.getUnit().isBlank()) {
            throw new UnitException("series " + seriesId + " has no unit: its values cannot be used (is it hm2 or 10^4 hm2?)");
        }
        Unit unit;
        try {
            unit = Unit.parse(s.getUnit());
        } catch (UnitException e) {
            throw new UnitException("series " + seriesId + ": " + e.getMessage());
        }
        return Optional.of(new SeriesInput(seriesId, year, new Quantity(cell.value(), unit), cell.provenance(),
                cell.detail() == null ? "" : cell.detail(), cell.scenario()));
    }

    @Override
    public Set<String> coefficientKeys() {
        return coefficients.keySet();
    }

    @Override
    public Optional<CoefficientValue> coefficient(String key) {
        CoefficientValue c = coefficients.get(key);
        Dimension expected = c == null ? null : StudyConventions.coefficientDimension(key).orElse(null);
        if (expected != null && !StudyConventions.fits(key, c.quantity().unit().dimension())) {
            // the validator's rule, so that validate and account agree (a density t C / hm2 is not a rate t C / (hm2 a))
            throw new UnitException("coefficient " + key + " (" + c.origin() + "): the unit " + c.quantity().unit() + " ("
                    + c.quantity().unit().dimension() + ") does not fit this coefficient, which needs " + expected
                    + (c.quantity().unit().dimension().exponent(BaseDimension.CO2) != 0 ? " (CO2 is not an amount of carbon: x 12/44 first)" : ""));
        }
        return Optional.ofNullable(c);
    }

    @Override
    public String coefficientSetDescription() {
        return coefficientDescription;
    }

    @Override
    public Set<String> landClasses() {
        Set<String> ids = new TreeSet<>();
        if (study.getLandClassSystem() != null) {
            for (LandClass c : study.getLandClassSystem().getClasses()) {
                ids.add(c.getId());
            }
        }
        return ids;
    }

    @Override
    public Optional<ReportedFigure> reported(String component, int year) {
        for (ReportedValue r : study.getReportedValues()) {
            if (r.getYear() == year && component.equals(r.getComponent())) {
                if (r.getUnit() == null || r.getUnit().isBlank()) {
                    throw new UnitException("reported value " + component + " " + year + " has no unit");
                }
                return Optional.of(new ReportedFigure(component, year, new Quantity(r.getValue(), Unit.parse(r.getUnit())),
                        r.getSource() == null ? "" : r.getSource()));
            }
        }
        return Optional.empty();
    }
}
