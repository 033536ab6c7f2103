package org.landcarbon.cli.internal.commands;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.landcarbon.accounting.AccountingException;
import org.landcarbon.accounting.AccountingService;
import org.landcarbon.accounting.CoefficientEntry;
import org.landcarbon.cli.Command;
import org.landcarbon.cli.UsageException;
import org.landcarbon.model.Coefficient;
import org.landcarbon.model.LandCarbonFactory;
import org.landcarbon.model.Study;
import org.landcarbon.model.study.StudyConventions;
import org.landcarbon.model.units.Dimension;
import org.landcarbon.model.units.Unit;
import org.landcarbon.model.units.UnitException;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code landcarbon override STUDY KEY VALUE --source TEXT}: one coefficient of the study, with its own source. */
@Component(service = Command.class, property = Command.NAME_PROPERTY + "=override")
public final class OverrideCommand implements Command {

    @Reference
    private AccountingService accounting;

    @Override
    public String name() {
        return "override";
    }

    @Override
    public String summary() {
        return "override one coefficient of a study with a value and its source";
    }

    @Override
    public String usage() {
        return """
                Usage: landcarbon override STUDY KEY VALUE --source TEXT [--unit UNIT] [--note TEXT]
                       landcarbon override STUDY KEY --remove

                Stores a study override of coefficient KEY (e.g. sink.forest, source.construction): it wins over
                the study's coefficient set in every account. --source is required (the publication, table and
                page). Without --unit the unit of KEY in the study's coefficient set is used; a key the set lacks
                needs --unit. The unit must fit the key (a sink or area-source rate is carbon per area and year:
                a density in t C / hm2 is refused). --remove deletes the override. The study is saved atomically.""";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        List<String> positional = new ArrayList<>();
        String source = null;
        String unitText = null;
        String note = null;
        boolean remove = false;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            switch (a) {
                case "--source" -> source = value(args, ++i, a);
                case "--unit" -> unitText = value(args, ++i, a);
                case "--note" -> note = value(args, ++i, a);
                case "--remove" -> remove = true;
                default -> {
                    if (a.startsWith("--") && !a.matches("--?\\d.*")) {
                        throw new UsageException("unknown option " + a);
                    }
                    positional.add(a);
                }
            }
        }
        if (positional.size() != (remove ? 2 : 3)) {
            throw new UsageException(remove ? "expected STUDY KEY --remove" : "expected STUDY KEY VALUE --source TEXT, got " + positional);
        }
        Path file = StudyEdits.studyPath(positional.get(0));
        String key = positional.get(1);
        Study study = StudyEdits.load(file);
        Coefficient previous = study.getCoefficientOverrides().stream().filter(c -> key.equals(c.getKey())).findFirst().orElse(null);
        if (remove) {
            if (previous == null) {
                err.println("landcarbon override: " + file + " has no override of " + key);
                return FAILURE;
            }
            study.getCoefficientOverrides().remove(previous);
            StudyEdits.save(study, file);
            out.println(file + ": override of " + key + " removed");
            return OK;
        }
        double value;
        try {
            value = Double.parseDouble(positional.get(2));
        } catch (NumberFormatException e) {
            throw new UsageException("VALUE: '" + positional.get(2) + "' is not a number");
        }
        if (!Double.isFinite(value)) {
            throw new UsageException("VALUE must be a finite number, got " + positional.get(2));
        }
        if (source == null || source.isBlank()) {
            throw new UsageException("--source TEXT is required: cite where the value comes from");
        }
        CoefficientEntry inSet = setEntry(study, key);
        if (unitText == null) {
            unitText = previous != null ? previous.getUnit() : inSet != null ? inSet.unit() : null;
            if (unitText == null) {
                throw new UsageException("--unit is required: " + key + " is not in the study's coefficient set");
            }
        }
        Unit unit;
        try {
            unit = unitText.isBlank() ? Unit.ONE : Unit.parse(unitText);
        } catch (UnitException e) {
            throw new UsageException("--unit: " + e.getMessage());
        }
        Dimension expected = StudyConventions.coefficientDimension(key).orElse(null);
        if (expected != null && !StudyConventions.fits(key, unit.dimension())) {
            err.println("landcarbon override: " + key + " needs " + expected + ", but " + unit + " is " + unit.dimension()
                    + (key.startsWith("sink.") || key.startsWith("source.") ? " (a rate per year, e.g. t C / (hm2 a); a density in t C / hm2"
                            + " belongs to 'landcarbon stock')" : "") + "; nothing saved");
            return FAILURE;
        }
        Coefficient c = LandCarbonFactory.eINSTANCE.createCoefficient();
        c.setKey(key);
        c.setValue(value);
        c.setUnit(unit.symbol());
        c.setSource(source);
        c.setNote(note);
        if (previous != null) {
            study.getCoefficientOverrides().set(study.getCoefficientOverrides().indexOf(previous), c);
        } else {
            study.getCoefficientOverrides().add(c);
        }
        StudyEdits.save(study, file);
        out.println(file + ": " + key + " = " + positional.get(2) + " " + unit + " (study override; source: " + source + ")");
        if (previous != null) {
            out.println("  replaces the override " + previous.getValue() + " " + previous.getUnit() + " (" + previous.getSource() + ")");
        } else if (inSet != null) {
            out.println("  instead of " + inSet.value() + " " + inSet.unit() + " from set " + study.getCoefficientSetId() + " (" + inSet.source() + ")");
        }
        return OK;
    }

    private CoefficientEntry setEntry(Study study, String key) {
        String set = study.getCoefficientSetId();
        if (set == null || set.isBlank()) {
            return null;
        }
        try {
            Map<String, CoefficientEntry> entries = accounting.resolvedEntries(study, set);
            return entries.get(key);
        } catch (AccountingException e) {
            return null;
        }
    }

    private static String value(List<String> args, int i, String option) throws UsageException {
        if (i >= args.size()) {
            throw new UsageException(option + " needs a value");
        }
        return args.get(i);
    }
}
