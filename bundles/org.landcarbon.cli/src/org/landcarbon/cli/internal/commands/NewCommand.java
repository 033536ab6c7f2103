package org.landcarbon.cli.internal.commands;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.landcarbon.cli.Command;
import org.landcarbon.cli.UsageException;
import org.landcarbon.model.LandCarbonFactory;
import org.landcarbon.model.LandClass;
import org.landcarbon.model.LandClassSystem;
import org.landcarbon.model.Region;
import org.landcarbon.model.Study;
import org.landcarbon.model.persistence.StudyFiles;
import org.landcarbon.model.study.LandClassSystems;
import org.landcarbon.model.study.Studies;
import org.osgi.service.component.annotations.Component;

/** {@code landcarbon new}: creates an empty study file for a region, a period and a land-class system. */
@Component(service = Command.class, property = Command.NAME_PROPERTY + "=new")
public final class NewCommand implements Command {

    private static final Set<String> OPTIONS = Set.of("--name", "--region", "--years", "--classes", "--out");

    @Override
    public String name() {
        return "new";
    }

    @Override
    public String summary() {
        return "create a new, empty study file";
    }

    @Override
    public String usage() {
        return """
                Usage: landcarbon new --name NAME --region NAME --years START-END [--classes seed|clcd] --out FILE.landcarbon

                Creates a study with the region, the study years and a land-class system, and an empty land-area
                series for each class (to be filled by import or in the workbench). Never overwrites a file.

                  --name NAME      the study's name, e.g. "Guizhou 2005-2019"
                  --region NAME    the region's name, e.g. Guizhou
                  --years A-B      the study period, e.g. 2005-2019 (or one year)
                  --classes ID     seed: cropland, garden, forest, grassland, water, unused, construction (default)
                                   clcd: the six CLCD/CNLUCC classes (no garden)
                  --out FILE       the study file to create, ending in .landcarbon""";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        Map<String, String> options = parse(args);
        String name = required(options, "--name");
        String regionName = required(options, "--region");
        int[] years = years(required(options, "--years"));
        String classes = options.getOrDefault("--classes", LandClassSystems.SEED);
        LandClassSystem system = LandClassSystems.byId(classes);
        if (system == null) {
            throw new UsageException("--classes must be seed or clcd, got '" + classes + "'");
        }
        Path file = Path.of(required(options, "--out"));
        if (!file.getFileName().toString().endsWith("." + StudyFiles.EXTENSION)) {
            throw new UsageException("--out must name a ." + StudyFiles.EXTENSION + " file, got '" + file + "'");
        }
        if (Files.exists(file)) {
            err.println("landcarbon new: " + file + " exists; not overwritten. Choose another --out or remove the file.");
            return FAILURE;
        }
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null && !Files.isDirectory(parent)) {
            err.println("landcarbon new: the folder " + parent + " does not exist");
            return FAILURE;
        }

        LandCarbonFactory f = LandCarbonFactory.eINSTANCE;
        Study study = f.createStudy();
        study.setName(name);
        study.setStartYear(years[0]);
        study.setEndYear(years[1]);
        Region region = f.createRegion();
        region.setName(regionName);
        study.setRegion(region);
        study.setDisplayUnits(f.createDisplayUnits());
        study.setLandClassSystem(system);
        for (LandClass c : system.getClasses()) {
            Studies.ensureSeries(study, "area." + c.getId(), "10^4 hm2");
        }
        StudyFiles.save(study, file);
        out.println("Created " + file + ": study '" + name + "', region " + regionName + ", " + years[0] + "-" + years[1] + ", "
                + system.getClasses().size() + " land classes (" + system.getId() + ")");
        return OK;
    }

    static Map<String, String> parse(List<String> args) throws UsageException {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            String key = a;
            String value;
            if (a.startsWith("--") && a.contains("=")) {
                key = a.substring(0, a.indexOf('='));
                value = a.substring(a.indexOf('=') + 1);
            } else if (i + 1 < args.size()) {
                value = args.get(++i);
            } else {
                value = null;
            }
            if (!OPTIONS.contains(key)) {
                throw new UsageException("unknown option '" + a + "'");
            }
            if (value == null || value.isBlank()) {
                throw new UsageException(key + " needs a value");
            }
            if (options.put(key, value) != null) {
                throw new UsageException(key + " is given twice");
            }
        }
        return options;
    }

    private static String required(Map<String, String> options, String key) throws UsageException {
        String v = options.get(key);
        if (v == null) {
            throw new UsageException("missing " + key);
        }
        return v.strip();
    }

    static int[] years(String text) throws UsageException {
        String[] parts = text.split("-", -1);
        try {
            int start = Integer.parseInt(parts[0].strip());
            int end = parts.length == 1 ? start : Integer.parseInt(parts[1].strip());
            if (parts.length > 2 || start < 1900 || end > 2200 || start > end) {
                throw new NumberFormatException();
            }
            return new int[] { start, end };
        } catch (NumberFormatException e) {
            throw new UsageException("--years must be a period such as 2005-2019 (years 1900-2200, start <= end), got '" + text + "'");
        }
    }
}
