package org.landcarbon.ui.tests;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.FileLocator;
import org.landcarbon.model.CarbonRole;
import org.landcarbon.model.Coefficient;
import org.landcarbon.model.CoefficientSet;
import org.landcarbon.model.LandCarbonFactory;
import org.landcarbon.model.LandClass;
import org.landcarbon.model.LandClassSystem;
import org.landcarbon.model.MajorCategory;
import org.landcarbon.model.Region;
import org.landcarbon.model.ReportedValue;
import org.landcarbon.model.Study;
import org.landcarbon.model.persistence.StudyFiles;
import org.osgi.framework.FrameworkUtil;

/**
 * Studies for the UI tests, built from the seed's published tables in testdata/: the seven seed
 * classes, Table 5 as reported values, the seed's coefficients. No area is made up: the land-use
 * table starts empty and the tests type into it.
 */
public final class TestStudies {

    private static final LandCarbonFactory F = LandCarbonFactory.eINSTANCE;

    private TestStudies() {
    }

    /**
     * A project holding the region sample as the model bundle ships it (Guizhou with three synthetic subregions,
     * {@link org.landcarbon.model.samples.RegionSample}); the file is copied once per project.
     */
    public static IFile regionSample(String projectName) throws CoreException, IOException {
        IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(projectName);
        if (!project.exists()) {
            project.create(null);
        }
        project.open(null);
        IFile file = project.getFile(org.landcarbon.model.samples.RegionSample.FILE);
        if (!file.exists()) {
            try (java.io.InputStream in = org.osgi.framework.FrameworkUtil.getBundle(org.landcarbon.model.persistence.StudyFiles.class)
                    .getEntry("samples/" + org.landcarbon.model.samples.RegionSample.FILE).openStream()) {
                file.create(in, true, null);
            }
        }
        return file;
    }

    public static IFile guizhouFromTables(String projectName, String fileName) throws CoreException, IOException {
        return guizhouFromTables(projectName, fileName, false);
    }

    /**
     * With {@code derived}: the five area-based sink classes get their areas derived from Table 5 and the
     * seed's rates (area = sink / |rate|, marked DERIVED with the formula), and the components whose inputs
     * the seed does not publish (cropland, construction, agricultural land) are taken from the reported
     * figures by the study's method choice, as a user of the seed would set it up.
     */
    public static IFile guizhouFromTables(String projectName, String fileName, boolean derived) throws CoreException, IOException {
        IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(projectName);
        if (!project.exists()) {
            project.create(null);
        }
        project.open(null);
        IFile file = project.getFile(fileName);
        Study study = build();
        if (derived) {
            deriveAreas(study);
        }
        StudyFiles.save(study, file.getLocation().toPath());
        project.refreshLocal(IResource.DEPTH_INFINITE, null);
        return file;
    }

    static Study build() throws IOException {
        Study s = F.createStudy();
        s.setName("Guizhou 2005-2019 (seed tables)");
        s.setStartYear(2005);
        s.setEndYear(2019);
        s.setDataSource("Seed paper, Tables 1-3 and 5");
        Region r = F.createRegion();
        r.setName("Guizhou");
        r.setNameZh("\u8d35\u5dde\u7701");
        r.setCode("520000");
        s.setRegion(r);
        LandClassSystem system = F.createLandClassSystem();
        system.setId("seed");
        system.setName("Seed paper");
        String[][] classes = { { "cropland", "Cropland", "\u8015\u5730", "BOTH", "AGRICULTURAL" },
                { "garden", "Garden", "\u56ed\u5730", "SINK", "AGRICULTURAL" },
                { "forest", "Forest", "\u6797\u5730", "SINK", "AGRICULTURAL" },
                { "grassland", "Grassland", "\u8349\u5730", "SINK", "AGRICULTURAL" },
                { "water", "Water", "\u6c34\u57df", "SINK", "AGRICULTURAL" },
                { "unused", "Unused land", "\u672a\u5229\u7528\u5730", "SINK", "UNUSED" },
                { "construction", "Construction land", "\u5efa\u8bbe\u7528\u5730", "SOURCE", "CONSTRUCTION" } };
        for (String[] c : classes) {
            LandClass lc = F.createLandClass();
            lc.setId(c[0]);
            lc.setNameEn(c[1]);
            lc.setNameZh(c[2]);
            lc.setRole(CarbonRole.valueOf(c[3]));
            lc.setCategory(MajorCategory.valueOf(c[4]));
            system.getClasses().add(lc);
        }
        s.setLandClassSystem(system);

        List<String[]> table5 = csv("testdata/table5-emissions-by-land-type.csv");
        String[] header = table5.get(0);
        for (String[] row : table5.subList(1, table5.size())) {
            for (int i = 1; i < row.length; i++) {
                ReportedValue v = F.createReportedValue();
                v.setYear(Integer.parseInt(row[0]));
                v.setComponent(header[i].equals("agricultural_land_source") ? "agricultural_land" : header[i]);
                v.setValue(Double.parseDouble(row[i]));
                v.setUnit("10^4 t C");
                v.setSource("Seed paper, Table 5");
                s.getReportedValues().add(v);
            }
        }

        CoefficientSet set = F.createCoefficientSet();
        set.setId("seed");
        set.setName("Seed paper coefficients");
        set.setVersion("1");
        for (String[] row : csv("testdata/coefficients.csv").subList(1, 30)) {
            Coefficient c = F.createCoefficient();
            c.setKey(key(row[0], row[1]));
            c.setValue(Double.parseDouble(row[2]));
            c.setUnit(row[3].isEmpty() ? "1" : row[3]);
            c.setSource("Seed paper, Tables 1-3");
            c.setNote(row.length > 4 ? row[4] : null);
            set.getEntries().add(c);
        }
        s.getCoefficientSets().add(set);
        s.setCoefficientSetId("seed");
        return s;
    }

    static void deriveAreas(Study s) {
        for (String c : new String[] { "garden", "forest", "grassland", "unused", "water" }) {
            double rate = s.getCoefficientSets().get(0).getEntries().stream().filter(e -> e.getKey().equals("sink." + c))
                    .findFirst().orElseThrow().getValue();
            org.landcarbon.model.Series series = F.createSeries();
            series.setId("area." + c);
            series.setKind(org.landcarbon.model.SeriesKind.LAND_AREA);
            series.setSubject(c);
            series.setUnit("10^4 hm2");
            for (ReportedValue r : s.getReportedValues()) {
                if (r.getComponent().equals(c)) {
                    org.landcarbon.model.YearValue v = F.createYearValue();
                    v.setYear(r.getYear());
                    v.setValue(r.getValue() / Math.abs(rate));
                    v.setProvenance(org.landcarbon.model.ProvenanceKind.DERIVED);
                    v.setProvenanceDetail("area = " + c + " sink " + r.getValue() + " (Table 5) / " + Math.abs(rate) + " t C/(hm2 a)");
                    series.getValues().add(v);
                }
            }
            s.getSeries().add(series);
        }
        for (String c : new String[] { "cropland", "construction", "agricultural_land" }) {
            org.landcarbon.model.MethodChoice choice = F.createMethodChoice();
            choice.setComponent(c);
            choice.setMethodId("reported");
            s.getMethodChoices().add(choice);
        }
    }

    private static String key(String group, String item) {
        return switch (group) {
            case "agricultural_input" -> "agri." + switch (item) {
                case "fertilizer_pure" -> "fertilizer";
                case "crop_sown_area" -> "sown_area";
                default -> item;
            };
            case "construction" -> "construction.coal_factor";
            case "sink_rate" -> "sink." + item;
            case "crop_economic_coefficient" -> "crop.economic_coefficient." + item;
            default -> "crop.carbon_rate." + item;
        };
    }

    /** Rows of a small CSV without its comment lines; a quoted field may hold commas. */
    static List<String[]> csv(String path) throws IOException {
        // Classes of a fragment belong to the host: FileLocator.find searches the host and its fragments.
        URL url = FileLocator.find(FrameworkUtil.getBundle(TestStudies.class), new org.eclipse.core.runtime.Path(path));
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(url.openStream(), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                List<String> cells = new ArrayList<>();
                StringBuilder cell = new StringBuilder();
                boolean quoted = false;
                for (char ch : line.toCharArray()) {
                    if (ch == '"') {
                        quoted = !quoted;
                    } else if (ch == ',' && !quoted) {
                        cells.add(cell.toString());
                        cell.setLength(0);
                    } else {
                        cell.append(ch);
                    }
                }
                cells.add(cell.toString());
                rows.add(cells.toArray(String[]::new));
            }
        }
        return rows;
    }
}
