package org.landcarbon.cli.internal.commands;

import java.io.PrintStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

import org.landcarbon.accounting.Account;
import org.landcarbon.accounting.stock.CarbonDensities;
import org.landcarbon.accounting.stock.DensityChecks;
import org.landcarbon.accounting.stock.CarbonPool;
import org.landcarbon.accounting.stock.StockAccount;
import org.landcarbon.accounting.stock.StockAccounting;
import org.landcarbon.accounting.stock.StockValue;
import org.landcarbon.accounting.stock.StudyDensities;
import org.landcarbon.cli.Command;
import org.landcarbon.cli.UsageException;
import org.landcarbon.io.ImportPreview;
import org.landcarbon.io.ImportProblem;
import org.landcarbon.io.StudyFormats;
import org.landcarbon.io.StudyImporter;
import org.landcarbon.model.LandCarbonFactory;
import org.landcarbon.model.Study;
import org.landcarbon.model.persistence.StudyFiles;
import org.landcarbon.model.study.LandClassSystems;
import org.landcarbon.model.units.Unit;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

/** {@code landcarbon stock}: carbon stocks (area x density per pool) per class and year, and their changes. */
@Component(service = Command.class, property = Command.NAME_PROPERTY + "=stock")
public final class StockCommand implements Command {

    private static final String SIGN = "change = stock(Y2) - stock(Y1), positive = carbon gained; emission = -change, positive = carbon released";

    @Reference
    private StudyFormats formats;

    @Override
    public String name() {
        return "stock";
    }

    @Override
    public String summary() {
        return "carbon stocks per land class and year (area x density per pool) and their changes as emissions";
    }

    @Override
    public String usage() {
        return """
                Usage: landcarbon stock --input AREAS(.csv|.xlsx|.landcarbon) --densities FILE.csv [--pools above,below,soil,dead]
                                        [--unit t|kt|10^4t|Mt|Gg|Tg|Pg] [--co2] [--change Y1-Y2[,Y3-Y4...]]
                                        [--format table|csv|json] [--trail YEAR|Y1-Y2 CLASS]
                (--densities may be left out when the input is a study that keeps its own densities. A study is
                refused, as by account, when 'landcarbon validate' finds an error in it, its densities' included;
                their warnings, such as a value that fits only another unit, are printed)

                Stock of class i in year t = area_i(t) x sum over the pools of density(i, pool) (InVEST's carbon
                model). AREAS: a study's area.<class> series, or a CSV/XLSX table of areas (year, then one column
                per class with its unit in brackets, e.g. 'Woodland [10^4 hm2]'; class names in English or Chinese
                as papers write them). FILE.csv: class,above,below,soil,dead,unit,source (any of the pool columns;
                unit carbon per area such as t C / hm2; every row cites its source).
                Changes between consecutive years and between the first and last year, or the --change pairs.
                Sign: change = stock(Y2) - stock(Y1) (positive = carbon gained); the emission equivalent is
                -change (positive = carbon released), x 44/12 with --co2. A missing area or density makes that
                number missing with the reason, never zero.

                  --pools P,Q      pools to add up (default: every pool the densities give)
                  --unit U         output unit (default 10^4t of C)
                  --co2            CO2 instead of carbon (x 44/12)
                  --trail T CLASS  the arithmetic of one stock (T = YEAR) or change (T = Y1-Y2); CLASS may be total""";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        IoOptions o = IoOptions.parse(args, Set.of("--input", "--densities", "--pools", "--unit", "--co2!", "--change", "--format", "--trail"));
        List<String> operands = new ArrayList<>(o.operands);
        String trailClass = null;
        if (o.options.containsKey("--trail")) {
            if (operands.size() != 1) {
                throw new UsageException("--trail YEAR|Y1-Y2 CLASS");
            }
            trailClass = operands.remove(0);
        }
        if (!operands.isEmpty()) {
            throw new UsageException("unexpected " + String.join(" ", operands) + " (give the areas with --input)");
        }
        String format = o.options.getOrDefault("--format", "table").toLowerCase(Locale.ROOT);
        if (!List.of("table", "csv", "json").contains(format)) {
            throw new UsageException("--format must be table, csv or json, got '" + format + "'");
        }
        AccountOptionsParser u = new AccountOptionsParser();
        u.unitText = o.options.getOrDefault("--unit", "10^4t");
        u.co2 = o.options.containsKey("--co2");
        Unit unit = u.unit();
        Set<CarbonPool> pools = pools(o.options.get("--pools"));
        Study study = areas(o.required("--input"), err);
        if (study == null) {
            return FAILURE;
        }
        // a study keeps its own densities (the workbench's Carbon stocks page); a file given replaces them
        if (!o.options.containsKey("--densities") && !StudyDensities.has(study)) {
            throw new UsageException("--densities FILE.csv is needed: " + o.required("--input") + " keeps no carbon densities");
        }
        if (o.required("--input").endsWith("." + StudyFiles.EXTENSION)) {
            StudyGuards.noValidationErrors(study, o.required("--input")); // what validate calls an error, as account refuses it
        }
        if (!o.options.containsKey("--densities")) {
            // the warnings validate shows for these densities (a value that fits another unit)
            DensityChecks.warnings(study).forEach(w -> err.println("landcarbon stock: warning: " + w));
        }
        StockAccount stocks = compute(study, o.options.get("--densities"), pools, unit);
        if (stocks.years().isEmpty()) {
            err.println("landcarbon stock: " + o.required("--input") + " has no area values");
            return FAILURE;
        }
        List<int[]> pairs = pairs(o.options.get("--change"), stocks.years());
        if (trailClass != null) {
            return trail(stocks, o.options.get("--trail"), trailClass, out);
        }
        switch (format) {
            case "json" -> json(stocks, pairs, unit, out);
            case "csv" -> csv(stocks, pairs, unit, out);
            default -> table(stocks, pairs, unit, out);
        }
        return OK;
    }

    /** The stocks of a study's areas with the densities of a file (class names may be aliases), or the study's own when null. */
    static StockAccount compute(Study study, String file, Set<CarbonPool> pools, Unit unit) throws java.io.IOException {
        if (file == null) {
            return StockAccounting.compute(study, StudyDensities.of(study), pools, unit);
        }
        Path densitiesFile = Path.of(file);
        if (!Files.isRegularFile(densitiesFile)) {
            throw new java.io.IOException(file + ": no such file");
        }
        CarbonDensities densities = CarbonDensities.parse(Files.readString(densitiesFile, StandardCharsets.UTF_8),
                densitiesFile.getFileName().toString(), StudyDensities.classResolver(study), StudyDensities.knownClasses(study));
        return StockAccounting.compute(study, densities, pools, unit);
    }

    static Set<CarbonPool> pools(String text) throws UsageException {
        Set<CarbonPool> pools = EnumSet.noneOf(CarbonPool.class);
        if (text != null) {
            for (String p : text.split(",")) {
                pools.add(CarbonPool.of(p).orElseThrow(() -> new UsageException("--pools: '" + p + "' is not a pool (above, below, soil, dead)")));
            }
        }
        return pools;
    }

    /** The study of the areas: a .landcarbon file, or a table imported into a study of the seed classes (never saved). */
    private Study areas(String input, PrintStream err) throws Exception {
        Path file = Path.of(input);
        if (!Files.isRegularFile(file)) {
            err.println("landcarbon stock: " + input + ": no such file");
            return null;
        }
        if (input.endsWith("." + StudyFiles.EXTENSION)) {
            return StudyFiles.load(file);
        }
        StudyImporter importer = formats.importerFor(file).orElseThrow(() -> new UsageException("cannot tell the format of " + input
                + "; give a .csv, .xlsx or .landcarbon file"));
        Study study = LandCarbonFactory.eINSTANCE.createStudy();
        study.setName(file.getFileName().toString());
        study.setLandClassSystem(LandClassSystems.seed());
        ImportPreview preview = importer.preview(file, study);
        for (ImportProblem p : preview.problems()) {
            err.println(p);
        }
        if (preview.hasErrors()) {
            err.println("landcarbon stock: " + input + ": " + preview.errors().size() + " error(s)");
            return null;
        }
        importer.apply(preview, study);
        return study;
    }

    static List<int[]> pairs(String text, List<Integer> years) throws UsageException {
        List<int[]> pairs = new ArrayList<>();
        if (text == null) {
            for (int i = 1; i < years.size(); i++) {
                pairs.add(new int[] { years.get(i - 1), years.get(i) });
            }
            if (years.size() > 2) {
                pairs.add(new int[] { years.get(0), years.get(years.size() - 1) });
            }
            return pairs;
        }
        for (String p : text.split(",")) {
            pairs.add(pair(p, years, "--change"));
        }
        return pairs;
    }

    private static int[] pair(String p, List<Integer> years, String option) throws UsageException {
        String[] ends = p.strip().split("-");
        try {
            int[] pair = { Integer.parseInt(ends[0].strip()), Integer.parseInt(ends[1].strip()) };
            for (int y : pair) {
                if (!years.contains(y)) {
                    throw new UsageException(option + ": " + y + " is not a year of the areas (" + years + ")");
                }
            }
            return pair;
        } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
            throw new UsageException(option + ": '" + p + "' is not Y1-Y2");
        }
    }

    private static int trail(StockAccount s, String when, String landClass, PrintStream out) throws UsageException {
        if (!landClass.equals("total") && !s.classes().contains(landClass)) {
            throw new UsageException("--trail: no class '" + landClass + "'; the areas have " + String.join(", ", s.classes()) + ", total");
        }
        StockValue v;
        if (when.contains("-")) {
            int[] p = pair(when, s.years(), "--trail");
            v = s.emission(p[0], p[1], landClass);
        } else {
            int year;
            try {
                year = Integer.parseInt(when);
            } catch (NumberFormatException e) {
                throw new UsageException("--trail: '" + when + "' is not a year or Y1-Y2");
            }
            if (!s.years().contains(year)) {
                throw new UsageException("--trail: " + year + " is not a year of the areas (" + s.years() + ")");
            }
            v = landClass.equals("total") ? s.total(year) : s.stock(year, landClass);
        }
        out.println("Stock trail " + when + " " + landClass + " (pools: " + String.join(", ", s.pools().stream().map(CarbonPool::id).toList()) + ")");
        v.trail().forEach(t -> out.println("  " + t));
        if (!v.isPresent()) {
            out.println("  n/a: " + v.reason());
        }
        return OK;
    }

    private static Double in(StockValue v, Unit unit) {
        return v.isPresent() ? Account.express(v.value(), unit).value() : null;
    }

    private static String num(Double v) {
        return v == null ? "n/a" : String.format(Locale.ROOT, "%.2f", v);
    }

    static void table(StockAccount s, List<int[]> pairs, Unit unit, PrintStream out) {
        out.println("Carbon stocks (pools: " + String.join(", ", s.pools().stream().map(CarbonPool::id).toList()) + "); unit: " + unit);
        List<String[]> rows = new ArrayList<>();
        rows.add(header("year", s));
        for (int y : s.years()) {
            rows.add(row(Integer.toString(y), s, c -> c.equals("total") ? s.total(y) : s.stock(y, c), unit));
        }
        AccountPrinter.printAligned(rows, out);
        if (!pairs.isEmpty()) {
            out.println();
            out.println("Stock change (" + SIGN + ")");
            List<String[]> changes = new ArrayList<>();
            changes.add(header("period", s));
            for (int[] p : pairs) {
                changes.add(row(p[0] + "-" + p[1] + " change", s, c -> s.change(p[0], p[1], c), unit));
                changes.add(row(p[0] + "-" + p[1] + " emission", s, c -> s.emission(p[0], p[1], c), unit));
            }
            AccountPrinter.printAligned(changes, out);
        }
        List<String> notes = new ArrayList<>(s.notes());
        for (int y : s.years()) {
            for (String c : s.classes()) {
                if (!s.stock(y, c).isPresent()) {
                    notes.add("n/a " + c + " " + y + ": " + s.stock(y, c).reason());
                }
            }
        }
        if (!notes.isEmpty()) {
            out.println();
            out.println("Notes:");
            notes.forEach(n -> out.println("  " + n));
        }
    }

    private static String[] header(String first, StockAccount s) {
        List<String> h = new ArrayList<>();
        h.add(first);
        h.addAll(s.classes());
        h.add("total");
        return h.toArray(String[]::new);
    }

    private static String[] row(String first, StockAccount s, Function<String, StockValue> value, Unit unit) {
        List<String> r = new ArrayList<>();
        r.add(first);
        for (String c : s.classes()) {
            r.add(num(in(value.apply(c), unit)));
        }
        r.add(num(in(value.apply("total"), unit)));
        return r.toArray(String[]::new);
    }

    private static void csv(StockAccount s, List<int[]> pairs, Unit unit, PrintStream out) {
        out.println("kind,period," + String.join(",", s.classes()) + ",total,unit");
        for (int y : s.years()) {
            out.println(csvRow("stock", Integer.toString(y), s, c -> c.equals("total") ? s.total(y) : s.stock(y, c), unit));
        }
        for (int[] p : pairs) {
            out.println(csvRow("change", p[0] + "-" + p[1], s, c -> s.change(p[0], p[1], c), unit));
            out.println(csvRow("emission", p[0] + "-" + p[1], s, c -> s.emission(p[0], p[1], c), unit));
        }
    }

    private static String csvRow(String kind, String period, StockAccount s, Function<String, StockValue> value, Unit unit) {
        StringBuilder sb = new StringBuilder(kind).append(',').append(period);
        for (String c : s.classes()) {
            Double v = in(value.apply(c), unit);
            sb.append(',').append(v == null ? "" : Double.toString(v));
        }
        Double t = in(value.apply("total"), unit);
        return sb.append(',').append(t == null ? "" : Double.toString(t)).append(',').append(unit).toString();
    }

    private static void json(StockAccount s, List<int[]> pairs, Unit unit, PrintStream out) throws Exception {
        StringWriter w = new StringWriter();
        List<String> reasons = new ArrayList<>(s.notes());
        try (JsonGenerator g = new JsonFactory().createGenerator(w)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeStringField("unit", unit.symbol());
            g.writeArrayFieldStart("pools");
            for (CarbonPool p : s.pools()) {
                g.writeString(p.id());
            }
            g.writeEndArray();
            g.writeStringField("sign", SIGN);
            g.writeObjectFieldStart("stocks");
            for (int y : s.years()) {
                block(g, Integer.toString(y), s, c -> c.equals("total") ? s.total(y) : s.stock(y, c), unit, reasons);
            }
            g.writeEndObject();
            g.writeObjectFieldStart("change");
            for (int[] p : pairs) {
                block(g, p[0] + "-" + p[1], s, c -> s.change(p[0], p[1], c), unit, null);
            }
            g.writeEndObject();
            g.writeObjectFieldStart("emission");
            for (int[] p : pairs) {
                block(g, p[0] + "-" + p[1], s, c -> s.emission(p[0], p[1], c), unit, null);
            }
            g.writeEndObject();
            g.writeArrayFieldStart("notes");
            for (String n : reasons) {
                g.writeString(n);
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        out.println(w);
    }

    private static void block(JsonGenerator g, String key, StockAccount s, Function<String, StockValue> value, Unit unit, List<String> reasons)
            throws Exception {
        g.writeObjectFieldStart(key);
        List<String> ids = new ArrayList<>(s.classes());
        ids.add("total");
        for (String c : ids) {
            StockValue v = value.apply(c);
            if (v.isPresent()) {
                g.writeNumberField(c, Account.express(v.value(), unit).value());
            } else {
                g.writeNullField(c);
                if (reasons != null && !c.equals("total")) {
                    reasons.add("n/a " + c + " " + key + ": " + v.reason());
                }
            }
        }
        g.writeEndObject();
    }
}
