package org.landcarbon.ui.map.internal;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.dialogs.IDialogSettings;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.part.ViewPart;
import org.eclipse.ui.PlatformUI;
import org.landcarbon.accounting.AccountOptions;
import org.landcarbon.analysis.Analysis;
import org.landcarbon.analysis.AnalysisException;
import org.landcarbon.analysis.AnalysisRegistry;
import org.landcarbon.accounting.AccountingException;
import org.landcarbon.accounting.AccountingService;
import org.landcarbon.model.LandClass;
import org.landcarbon.model.Series;
import org.landcarbon.model.Study;
import org.landcarbon.spatial.Boundaries;
import org.landcarbon.spatial.Contiguity;
import org.landcarbon.ui.ActiveStudyEditor;
import org.landcarbon.ui.Services;
import org.landcarbon.ui.map.LisaLayer;
import org.landcarbon.ui.map.MapExport;
import org.landcarbon.ui.map.MapFigure;
import org.landcarbon.ui.map.MapModel;
import org.landcarbon.ui.map.MapPainter;
import org.osgi.framework.FrameworkUtil;

/**
 * The Map view: the active study's regions drawn from a boundaries file (GeoJSON or shapefile, picked here and
 * remembered per study file) as a choropleth of one figure and year, or as the LISA clusters of that figure
 * (hot and cold spots and outliers, computed by the {@code spatial.moran} analysis on queen or rook contiguity
 * weights of the boundaries); PNG and SVG export of what is shown.
 */
public final class MapView extends ViewPart {

    public static final String ID = "org.landcarbon.ui.map.views.map";

    private ActiveStudyEditor active;
    private Text idField;
    private Combo figure;
    private Combo landClass;
    private Combo year;
    private Combo layer;
    private Combo rule;
    private Label status;
    private Canvas canvas;
    private Path boundariesFile;
    private Boundaries boundaries;
    private MapModel model;

    @Override
    public void createPartControl(Composite parent) {
        parent.setLayout(new GridLayout(1, false));
        Composite bar = new Composite(parent, SWT.NONE);
        bar.setLayout(new GridLayout(6, false)); // two rows: boundaries and figure; layer, weights and export
        bar.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        Button pick = new Button(bar, SWT.PUSH);
        pick.setText(Messages.boundaries);
        pick.addListener(SWT.Selection, e -> pickBoundaries());
        new Label(bar, SWT.NONE).setText(Messages.idField);
        idField = new Text(bar, SWT.BORDER);
        idField.setText("code");
        idField.setLayoutData(new GridData(60, SWT.DEFAULT));
        idField.addListener(SWT.DefaultSelection, e -> loadBoundaries());
        figure = new Combo(bar, SWT.READ_ONLY);
        for (String f : new String[] {Messages.figureNet, Messages.figureSinks, Messages.figureArea, Messages.figureDynamicDegree}) {
            figure.add(f); // in the order of MapFigure
        }
        figure.select(MapFigure.AREA.ordinal());
        landClass = new Combo(bar, SWT.READ_ONLY);
        year = new Combo(bar, SWT.READ_ONLY);
        layer = new Combo(bar, SWT.READ_ONLY);
        layer.setItems(Messages.layerChoropleth, Messages.layerLisa);
        layer.select(0);
        rule = new Combo(bar, SWT.READ_ONLY);
        rule.setItems(Messages.weightsQueen, Messages.weightsRook); // in the order of Contiguity.Rule
        rule.select(0);
        for (Combo c : List.of(figure, landClass, year, layer, rule)) {
            c.addListener(SWT.Selection, e -> rebuild());
        }
        Button png = new Button(bar, SWT.PUSH);
        png.setText("PNG...");
        png.addListener(SWT.Selection, e -> export("png"));
        Button svg = new Button(bar, SWT.PUSH);
        svg.setText("SVG...");
        svg.addListener(SWT.Selection, e -> export("svg"));
        status = new Label(bar, SWT.NONE);
        status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 6, 1));
        canvas = new Canvas(parent, SWT.DOUBLE_BUFFERED);
        canvas.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        canvas.addPaintListener(e -> {
            if (model != null) {
                try (GcPen pen = new GcPen(e.gc, e.display)) {
                    MapPainter.paint(model, pen, canvas.getClientArea().width, canvas.getClientArea().height, 1);
                }
            }
        });
        canvas.addListener(SWT.Resize, e -> canvas.redraw());
        active = new ActiveStudyEditor(getSite().getPage(), this::studyChanged);
        active.start();
    }

    private IDialogSettings settings() {
        IDialogSettings root = PlatformUI.getDialogSettingsProvider(FrameworkUtil.getBundle(MapView.class)).getDialogSettings();
        IDialogSettings s = root.getSection("boundaries");
        return s != null ? s : root.addNewSection("boundaries");
    }

    private String studyKey() {
        return active.editor() == null || active.editor().file() == null ? null : active.editor().file().getFullPath().toString();
    }

    private void studyChanged() {
        String key = studyKey();
        if (key != null && settings().get(key) != null && boundariesFile == null) {
            boundariesFile = Path.of(settings().get(key));
            String f = settings().get(key + ".idField");
            if (f != null) {
                idField.setText(f);
            }
            loadBoundaries();
            return;
        }
        fillChoices();
        rebuild();
    }

    private void pickBoundaries() {
        FileDialog d = new FileDialog(getSite().getShell(), SWT.OPEN);
        d.setFilterExtensions(new String[] {"*.geojson;*.json;*.shp", "*.*"});
        String f = d.open();
        if (f != null) {
            showBoundaries(Path.of(f), idField.getText().strip());
        }
    }

    /** Reads a boundaries file with its id field, remembers it for the active study and draws (also for tests). */
    public void showBoundaries(Path file, String id) {
        boundariesFile = file;
        idField.setText(id);
        String key = studyKey();
        if (key != null) {
            settings().put(key, file.toString());
            settings().put(key + ".idField", id);
        }
        loadBoundaries();
    }

    private void loadBoundaries() {
        boundaries = null;
        if (boundariesFile != null) {
            try {
                boundaries = Boundaries.read(boundariesFile, idField.getText().strip(), null);
            } catch (RuntimeException e) {
                status.setText(e.getMessage());
            }
        }
        fillChoices();
        rebuild();
    }

    private void fillChoices() {
        Study study = active.editor() == null ? null : active.editor().study();
        String c = landClass.getText();
        String y = year.getText();
        landClass.removeAll();
        year.removeAll();
        if (study == null) {
            return;
        }
        if (study.getLandClassSystem() != null) {
            for (LandClass lc : study.getLandClassSystem().getClasses()) {
                landClass.add(lc.getId());
            }
        }
        TreeSet<Integer> years = new TreeSet<>();
        for (Series s : study.getSeries()) {
            s.getValues().forEach(v -> years.add(v.getYear()));
        }
        if (years.isEmpty()) {
            for (int k = study.getStartYear(); k <= study.getEndYear(); k++) {
                years.add(k);
            }
        }
        years.forEach(k -> year.add(Integer.toString(k)));
        select(landClass, c.isEmpty() && landClass.indexOf("forest") >= 0 ? "forest" : c);
        select(year, y.isEmpty() && year.getItemCount() > 0 ? year.getItem(year.getItemCount() - 1) : y);
    }

    private static void select(Combo combo, String item) {
        int i = combo.indexOf(item);
        combo.select(i >= 0 ? i : combo.getItemCount() > 0 ? 0 : -1);
    }

    /** Selects figure, class and year and redraws (for tests and the screenshot). */
    public void show(MapFigure f, String classId, int y) {
        figure.select(f.ordinal());
        select(landClass, classId);
        select(year, Integer.toString(y));
        rebuild();
    }

    /** Turns the LISA layer on with these weights, or off (null), and redraws (for tests and the screenshot). */
    public void showLisa(Contiguity.Rule weights) {
        layer.select(weights == null ? 0 : 1);
        if (weights != null) {
            rule.select(weights.ordinal());
        }
        rebuild();
    }

    /** Colours the map by its LISA clusters when that layer is chosen; says why not in the status otherwise. */
    private String lisa() {
        if (layer.getSelectionIndex() != 1) {
            return "";
        }
        AnalysisRegistry registry = Services.get(AnalysisRegistry.class);
        Analysis<?> moran = registry == null ? null : registry.find(LisaLayer.ANALYSIS).orElse(null);
        if (moran == null) {
            return " " + Messages.noMoran;
        }
        try {
            LisaLayer l = LisaLayer.build(model, Contiguity.Rule.values()[rule.getSelectionIndex()], moran, Map.of());
            model = model.withLisa(l);
            java.util.Collection<String> c = l.cluster().values();
            return NLS.bind(Messages.lisaClusters, new Object[] {count(c, "HH"), count(c, "LL"), count(c, "HL") + count(c, "LH"),
                    l.settings().get("alpha")});
        } catch (AnalysisException | RuntimeException e) {
            return NLS.bind(Messages.lisaFailed, e.getMessage());
        }
    }

    private static long count(java.util.Collection<String> clusters, String kind) {
        return clusters.stream().filter(kind::equals).count();
    }

    private void rebuild() {
        model = null;
        Study study = active.editor() == null ? null : active.editor().study();
        if (study == null) {
            status.setText(Messages.noStudy);
        } else if (boundaries == null) {
            if (boundariesFile == null) {
                status.setText(Messages.pickBoundaries);
            }
        } else if (year.getSelectionIndex() < 0) {
            status.setText(Messages.noYears);
        } else {
            AccountingService service = Services.get(AccountingService.class);
            MapFigure f = MapFigure.values()[figure.getSelectionIndex()];
            Study copy = EcoreUtil.copy(study);
            model = MapModel.build(copy, boundaries.regions(), boundaries.crs(), f, landClass.getText(), Integer.parseInt(year.getText()), s -> {
                if (service == null) {
                    throw new IllegalStateException("the accounting service is not available");
                }
                try {
                    return service.account(s, AccountOptions.DEFAULT);
                } catch (AccountingException e) {
                    throw new IllegalStateException(e.getMessage(), e);
                }
            });
            long missing = model.regions().stream().filter(r -> r.value() == null).count();
            String first = model.regions().stream().filter(r -> r.value() == null).map(r -> r.code() + ": " + r.reason()).findFirst()
                    .orElse("") + (missing > 1 ? "; ..." : "");
            status.setText(NLS.bind(Messages.regions, boundariesFile.getFileName(), model.regions().size())
                    + (missing == 0 ? "" : NLS.bind(Messages.withoutValue, missing, first)) + lisa());
        }
        status.getParent().layout();
        canvas.redraw();
    }

    /** The map shown, null while none (for tests). */
    public MapModel model() {
        return model;
    }

    private void export(String kind) {
        if (model == null) {
            return;
        }
        FileDialog d = new FileDialog(getSite().getShell(), SWT.SAVE);
        d.setFilterExtensions(new String[] {"*." + kind});
        d.setFileName("map." + kind);
        d.setOverwrite(true);
        String f = d.open();
        if (f == null) {
            return;
        }
        try {
            if (kind.equals("png")) {
                MapExport.png(model, Path.of(f), 1600, 1000, 192);
            } else {
                MapExport.svg(model, Path.of(f), 1200, 800);
            }
        } catch (java.io.IOException | RuntimeException e) {
            MessageDialog.openError(getSite().getShell(), getPartName(), NLS.bind(Messages.cannotWrite, f, e.getMessage()));
        }
    }

    @Override
    public void setFocus() {
        canvas.setFocus();
    }

    @Override
    public void dispose() {
        if (active != null) {
            active.dispose();
        }
        super.dispose();
    }
}
