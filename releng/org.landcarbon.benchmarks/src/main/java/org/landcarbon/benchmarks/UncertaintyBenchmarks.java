package org.landcarbon.benchmarks;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.ToDoubleFunction;

import org.landcarbon.accounting.AccountOptions;
import org.landcarbon.accounting.CoefficientEntry;
import org.landcarbon.accounting.internal.AccountingServiceImpl;
import org.landcarbon.accounting.internal.libraries.FuelFactorLibrary;
import org.landcarbon.accounting.internal.libraries.SeedCoefficientLibrary;
import org.landcarbon.accounting.internal.methods.AgriculturalInputsMethod;
import org.landcarbon.accounting.internal.methods.AreaSinkMethod;
import org.landcarbon.accounting.internal.methods.ConstructionEnergyIntensityMethod;
import org.landcarbon.accounting.internal.methods.ConstructionFuelMethod;
import org.landcarbon.accounting.internal.methods.CropAbsorptionMethod;
import org.landcarbon.accounting.internal.methods.ReportedValueMethod;
import org.landcarbon.model.Coefficient;
import org.landcarbon.model.LandCarbonFactory;
import org.landcarbon.model.Series;
import org.landcarbon.model.Study;
import org.landcarbon.model.Uncertainty;
import org.landcarbon.model.persistence.StudyFiles;
import org.landcarbon.uncertainty.MonteCarlo;
import org.landcarbon.uncertainty.Sensitivity;
import org.landcarbon.uncertainty.Target;
import org.landcarbon.uncertainty.UncertainAccount;
import org.landcarbon.uncertainty.UncertaintyModel;
import org.landcarbon.uncertainty.internal.UncertaintyServiceImpl;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Monte Carlo and Sobol on the shipped Guizhou sample (2005-2019). Its coefficient sets give no ranges, so the
 * benchmark gives the five sink coefficients and the five sink-class area series a made-up +-20 % (95 %) range:
 * ten uncertain inputs, for timing only; no number of these runs means anything.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class UncertaintyBenchmarks {

    static final List<String> SINKS = List.of("garden", "forest", "grassland", "water", "unused");

    private UncertaintyModel model;
    private ToDoubleFunction<double[]> target;

    @Setup
    public void setUp() throws Exception {
        Path file = Path.of(System.getProperty("landcarbon.bundles", "bundles"), "org.landcarbon.model", "samples",
                "guizhou-2005-2019.landcarbon");
        model = model(StudyFiles.load(file));
        if (model.inputs().size() != 10) {
            throw new IllegalStateException("expected 10 uncertain inputs, got " + model.inputs() + "; " + model.notes());
        }
        target = Target.parse("cumulative:2005-2019", model.years()).of(model);
    }

    static UncertaintyModel model(Study study) throws Exception {
        AccountingServiceImpl accounting = new AccountingServiceImpl();
        accounting.addMethod(new AreaSinkMethod());
        accounting.addMethod(new AgriculturalInputsMethod());
        accounting.addMethod(new CropAbsorptionMethod());
        accounting.addMethod(new ConstructionFuelMethod());
        accounting.addMethod(new ConstructionEnergyIntensityMethod());
        accounting.addMethod(new ReportedValueMethod());
        accounting.addLibrary(new SeedCoefficientLibrary());
        accounting.addLibrary(new FuelFactorLibrary());
        for (String sink : SINKS) {
            Coefficient c = LandCarbonFactory.eINSTANCE.createCoefficient();
            CoefficientEntry base = accounting.coefficientSets().stream().filter(s -> s.id().equals("seed-guizhou")).findFirst()
                    .orElseThrow().byKey().get("sink." + sink);
            c.setKey(base.key());
            c.setValue(base.value());
            c.setUnit(base.unit());
            c.setSource("benchmark: the seed value with a made-up range");
            c.setUncertainty(range());
            study.getCoefficientOverrides().add(c);
            Series area = study.getSeries().stream().filter(s -> s.getId().equals("area." + sink)).findFirst().orElseThrow();
            area.setUncertainty(range());
        }
        return new UncertaintyServiceImpl(accounting).model(study, AccountOptions.DEFAULT);
    }

    private static Uncertainty range() {
        Uncertainty u = LandCarbonFactory.eINSTANCE.createUncertainty();
        u.setDistribution("interval95pct");
        u.setPercent(20);
        u.setSource("made up for the benchmark");
        return u;
    }

    /** 10,000 draws of the whole account (every component and total of 15 years), with their statistics. */
    @Benchmark
    public UncertainAccount monteCarlo10000() {
        return MonteCarlo.account(model, 10_000, 1);
    }

    /** Sobol first and total indices of the 2005-2019 cumulative net emission, 10 inputs, N = 4096: 49,152 runs. */
    @Benchmark
    public Sensitivity.Result sobol4096() {
        return Sensitivity.sobol(model.inputs(), target, "cumulative:2005-2019", 4096, 1);
    }
}
