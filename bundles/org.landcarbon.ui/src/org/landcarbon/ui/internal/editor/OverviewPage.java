package org.landcarbon.ui.internal.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.widgets.ExpandableComposite;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.Section;
import org.landcarbon.model.DisplayUnits;
import org.landcarbon.model.LandCarbonFactory;
import org.landcarbon.model.Region;
import org.landcarbon.model.Series;
import org.landcarbon.model.units.UnitText;
import org.landcarbon.model.Study;
import org.landcarbon.model.study.Regions;
import org.landcarbon.ui.ModelLabels;
import org.landcarbon.ui.StudyCoefficients;

/** Region, years, notes and display units of a study; each field commits on Enter or leaving it. */
final class OverviewPage extends StudyFormPage {

    static final List<String> AREA_UNITS = List.of("hm2", "km2", "10^4 hm2");
    static final List<String> CARBON_UNITS = List.of("t C", "10^4 t C", "Mt C", "t CO2", "10^4 t CO2", "Mt CO2");

    private final List<Runnable> refreshers = new ArrayList<>();
    private FormToolkit toolkit;
    private Label summary;

    OverviewPage(StudyEditor editor) {
        super(editor, StudyEditor.PAGE_OVERVIEW, Messages.pageOverview);
    }

    @Override
    protected void createFormContent(IManagedForm managedForm) {
        toolkit = managedForm.getToolkit();
        Composite body = body(managedForm, 2, true);

        Composite general = section(body, Messages.sectionStudy, Messages.sectionStudyIntro);
        text(general, Messages.fieldName, () -> study().getName(), v -> study().setName(v), v -> v.isBlank() ? Messages.nameRequired : null);
        text(general, Messages.fieldRegion, () -> region().getName(), v -> ensureRegion().setName(v), v -> null);
        text(general, Messages.fieldRegionZh, () -> region().getNameZh(), v -> ensureRegion().setNameZh(v), v -> null);
        text(general, Messages.fieldRegionCode, () -> region().getCode(), v -> ensureRegion().setCode(v), v -> null);
        text(general, Messages.fieldTotalArea, () -> region().getTotalArea() == null ? "" : CellValues.format(region().getTotalArea()),
                v -> ensureRegion().setTotalArea(v.isBlank() ? null : Double.valueOf(v.strip())), OverviewPage::positiveOrEmpty);
        // typeset on screen (10⁴ km²), kept in ASCII (10^4 km2) in the study
        text(general, Messages.fieldTotalAreaUnit, () -> UnitText.unicode(region().getTotalAreaUnit()),
                v -> ensureRegion().setTotalAreaUnit(v.isBlank() ? null : UnitText.ascii(v.strip())), v -> null);
        text(general, Messages.fieldStartYear, () -> year(study().getStartYear()), v -> study().setStartYear(Integer.parseInt(v.strip())),
                v -> checkYear(v, true));
        text(general, Messages.fieldEndYear, () -> year(study().getEndYear()), v -> study().setEndYear(Integer.parseInt(v.strip())),
                v -> checkYear(v, false));
        text(general, Messages.fieldDataSource, () -> study().getDataSource(), v -> study().setDataSource(v), v -> null);

        Composite units = section(body, Messages.sectionUnits, Messages.sectionUnitsIntro);
        combo(units, Messages.fieldAreaUnit, AREA_UNITS, () -> displayUnits().getArea(), v -> ensureUnits().setArea(v));
        combo(units, Messages.fieldCarbonUnit, CARBON_UNITS, () -> displayUnits().getCarbon(), v -> ensureUnits().setCarbon(v));
        text(units, Messages.fieldDecimals, () -> Integer.toString(displayUnits().getDecimals()),
                v -> ensureUnits().setDecimals(Integer.parseInt(v.strip())), OverviewPage::decimals);
        toolkit.createLabel(units, Messages.fieldContents);
        summary = toolkit.createLabel(units, "", SWT.WRAP);
        GridData sd = new GridData(SWT.FILL, SWT.TOP, true, false);
        sd.widthHint = 120;
        summary.setLayoutData(sd);
        refreshers.add(this::updateSummary);

        Composite notes = section(body, Messages.sectionNotes, Messages.sectionNotesIntro);
        ((GridData) notes.getParent().getLayoutData()).horizontalSpan = 2;
        notes.setLayout(new GridLayout(1, false));
        Text notesText = toolkit.createText(notes, "", SWT.MULTI | SWT.WRAP | SWT.V_SCROLL);
        GridData gd = new GridData(SWT.FILL, SWT.FILL, true, true);
        gd.heightHint = 120;
        gd.widthHint = 300;
        notesText.setLayoutData(gd);
        bind(notesText, Messages.fieldNotes, () -> study().getNotes(), v -> study().setNotes(v), v -> null);
        refresh();
    }

    private Composite section(Composite parent, String title, String description) {
        Section section = toolkit.createSection(parent, ExpandableComposite.TITLE_BAR | Section.DESCRIPTION);
        section.setText(title);
        section.setDescription(description);
        GridData gd = new GridData(SWT.FILL, SWT.FILL, true, false);
        gd.widthHint = 200;
        section.setLayoutData(gd);
        Composite client = toolkit.createComposite(section);
        client.setLayout(new GridLayout(2, false));
        section.setClient(client);
        return client;
    }

    private void text(Composite parent, String label, Supplier<String> get, Consumer<String> apply, Function<String, String> check) {
        toolkit.createLabel(parent, label);
        Text text = toolkit.createText(parent, "", SWT.SINGLE);
        GridData gd = new GridData(SWT.FILL, SWT.CENTER, true, false);
        gd.widthHint = 120;
        text.setLayoutData(gd);
        bind(text, label, get, apply, check);
    }

    private void bind(Text text, String label, Supplier<String> get, Consumer<String> apply, Function<String, String> check) {
        Runnable commit = () -> {
            String now = Objects.toString(get.get(), "");
            String typed = text.getText();
            if (typed.equals(now)) {
                return;
            }
            String error = check.apply(typed);
            if (error != null) {
                form.setMessage(NLS.bind(Messages.fieldRefused, label.replace(":", ""), error), IMessageProvider.ERROR);
                return;
            }
            form.setMessage(null, IMessageProvider.NONE);
            editor.domain().getCommandStack().execute(new StudyChange(study(), NLS.bind(Messages.editField, label.replace(":", "")),
                    () -> apply.accept(typed)));
        };
        text.addListener(SWT.DefaultSelection, e -> commit.run());
        text.addListener(SWT.FocusOut, e -> commit.run());
        text.setData("field", label);
        refreshers.add(() -> {
            String now = Objects.toString(get.get(), "");
            if (!text.getText().equals(now)) {
                text.setText(now);
            }
        });
    }

    /** A unit chooser: the units typeset (10⁴ hm²), the study keeps their ASCII symbols (10^4 hm2). */
    private void combo(Composite parent, String label, List<String> items, Supplier<String> get, Consumer<String> apply) {
        toolkit.createLabel(parent, label);
        Combo combo = new Combo(parent, SWT.READ_ONLY);
        combo.setItems(items.stream().map(UnitText::unicode).toArray(String[]::new));
        toolkit.adapt(combo, true, false);
        combo.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        combo.setData("field", label);
        combo.addListener(SWT.Selection, e -> {
            int i = combo.getSelectionIndex();
            String chosen = i < 0 ? null : items.get(i);
            if (chosen != null && !chosen.equals(get.get())) {
                editor.domain().getCommandStack().execute(new StudyChange(study(),
                        NLS.bind(Messages.editField, label.replace(":", "")), () -> apply.accept(chosen)));
            }
        });
        refreshers.add(() -> {
            String now = get.get();
            if (now != null && items.indexOf(now) != combo.getSelectionIndex()) {
                if (items.contains(now)) {
                    combo.select(items.indexOf(now));
                } else {
                    combo.setText(UnitText.unicode(now));
                }
            }
        });
    }

    private Region region() {
        return study().getRegion() != null ? study().getRegion() : LandCarbonFactory.eINSTANCE.createRegion();
    }

    private Region ensureRegion() {
        if (study().getRegion() == null) {
            study().setRegion(LandCarbonFactory.eINSTANCE.createRegion());
        }
        return study().getRegion();
    }

    private DisplayUnits displayUnits() {
        return study().getDisplayUnits() != null ? study().getDisplayUnits() : LandCarbonFactory.eINSTANCE.createDisplayUnits();
    }

    private DisplayUnits ensureUnits() {
        if (study().getDisplayUnits() == null) {
            study().setDisplayUnits(LandCarbonFactory.eINSTANCE.createDisplayUnits());
        }
        return study().getDisplayUnits();
    }

    private static String year(int y) {
        return y == 0 ? "" : Integer.toString(y);
    }

    private String checkYear(String v, boolean start) {
        int y;
        try {
            y = Integer.parseInt(v.strip());
        } catch (NumberFormatException e) {
            return NLS.bind(Messages.notAYear, v);
        }
        if (y < 1900 || y > 2200) {
            return NLS.bind(Messages.notAYear, v);
        }
        int other = start ? study().getEndYear() : study().getStartYear();
        if (other != 0 && (start ? y > other : y < other)) {
            return Messages.startAfterEnd;
        }
        return null;
    }

    private static String positiveOrEmpty(String v) {
        if (v.isBlank()) {
            return null;
        }
        try {
            return Double.parseDouble(v.strip()) > 0 ? null : Messages.mustBePositive;
        } catch (NumberFormatException e) {
            return NLS.bind(Messages.notANumber, v);
        }
    }

    private static String decimals(String v) {
        try {
            int d = Integer.parseInt(v.strip());
            return d >= 0 && d <= 8 ? null : Messages.decimalsRange;
        } catch (NumberFormatException e) {
            return Messages.decimalsRange;
        }
    }

    private void updateSummary() {
        Study s = study();
        int[] n = counts(s);
        var set = StudyCoefficients.activeSet(s);
        summary.setText(NLS.bind(n[2] > 1 ? Messages.summaryRegions : Messages.summary, new Object[] {
                s.getLandClassSystem() == null ? 0 : s.getLandClassSystem().getClasses().size(), n[0], n[1],
                s.getReportedValues().size(), set == null ? Messages.noCoefficientSet : set.getName(), s.getScenarios().size(), n[2] }));
    }

    /** Series, values and regions of the whole tree: a study made from rasters holds its values in the subregions. */
    static int[] counts(Study s) {
        List<Regions.Node> nodes = Regions.walk(s);
        int series = nodes.isEmpty() ? s.getSeries().size() : 0, values = 0;
        if (nodes.isEmpty()) {
            values = s.getSeries().stream().mapToInt(x -> x.getValues().size()).sum();
        }
        for (Regions.Node node : nodes) {
            List<Series> own = Regions.ownSeries(s, node.region());
            series += own.size();
            values += own.stream().mapToInt(x -> x.getValues().size()).sum();
        }
        return new int[] { series, values, Math.max(1, nodes.size()) };
    }

    void refresh() {
        if (form == null || form.isDisposed()) {
            return;
        }
        form.setText(ModelLabels.study(study()));
        for (Runnable r : refreshers) {
            r.run();
        }
        if (study().isSynthetic() && form.getMessage() == null) {
            form.setMessage(Messages.syntheticWarning, IMessageProvider.WARNING);
        }
        form.reflow(true);
    }
}
