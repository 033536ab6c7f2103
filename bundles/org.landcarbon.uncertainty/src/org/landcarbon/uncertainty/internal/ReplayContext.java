package org.landcarbon.uncertainty.internal;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.landcarbon.accounting.AccountingContext;
import org.landcarbon.accounting.CoefficientValue;
import org.landcarbon.accounting.ReportedFigure;
import org.landcarbon.accounting.SeriesInput;
import org.landcarbon.accounting.Trail;
import org.landcarbon.model.LandClass;
import org.landcarbon.model.Series;
import org.landcarbon.model.Study;
import org.landcarbon.model.units.Quantity;
import org.landcarbon.uncertainty.SeriesPaths;

/**
 * What a method saw when it computed one number, from its trail, with chosen coefficients and series moved by draws:
 * re-running the method on it gives the number for other input values. The caller checks that a replay at the
 * point values reproduces the account, so a method that reads something it does not record is caught.
 */
final class ReplayContext implements AccountingContext {

    private final Study study;
    private final Set<String> seriesIds = new LinkedHashSet<>();
    private final Map<String, SeriesInput> inputs = new LinkedHashMap<>();
    private final Map<String, CoefficientValue> coefficients = new LinkedHashMap<>();
    private final Trail trail;

    ReplayContext(Study study, Trail trail, Map<String, Double> coefficientValues, Map<String, Double> seriesFactors, SeriesPaths paths) {
        this.study = study;
        this.trail = trail;
        for (Series s : study.getSeries()) {
            seriesIds.add(s.getId());
        }
        for (SeriesInput in : trail.inputs()) {
            boolean moved = !seriesFactors.isEmpty() && paths.drivers(in.seriesId()).stream().anyMatch(seriesFactors::containsKey);
            SeriesInput v = !moved ? in
                    : new SeriesInput(in.seriesId(), in.year(),
                            new Quantity(paths.value(in.seriesId(), in.year(), in.quantity().value(), seriesFactors), in.quantity().unit()),
                            in.provenance(), in.detail(), in.scenario());
            inputs.put(in.seriesId() + "@" + in.year(), v);
        }
        for (CoefficientValue c : trail.coefficients()) {
            Double v = coefficientValues.get(c.key());
            coefficients.put(c.key(), v == null ? c
                    : new CoefficientValue(c.key(), new Quantity(v, c.quantity().unit()), c.source(), c.note(), c.origin()));
        }
    }

    @Override
    public Study study() {
        return study;
    }

    @Override
    public Set<String> seriesIds() {
        return seriesIds;
    }

    @Override
    public Optional<SeriesInput> input(String seriesId, int year) {
        return Optional.ofNullable(inputs.get(seriesId + "@" + year));
    }

    @Override
    public Set<String> coefficientKeys() {
        return coefficients.keySet();
    }

    @Override
    public Optional<CoefficientValue> coefficient(String key) {
        return Optional.ofNullable(coefficients.get(key));
    }

    @Override
    public String coefficientSetDescription() {
        return "replay";
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
        return trail.reported().stream().filter(r -> r.component().equals(component) && r.year() == year).findFirst();
    }
}
