package org.landcarbon.ui.scenarios.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.osgi.util.NLS;
import org.landcarbon.accounting.AccountOptions;
import org.landcarbon.accounting.AccountingService;
import org.landcarbon.accounting.ComponentKind;
import org.landcarbon.model.Scenario;
import org.landcarbon.model.Study;
import org.landcarbon.model.persistence.StudyFiles;
import org.landcarbon.scenarios.Comparison;
import org.landcarbon.scenarios.ComparisonSettings;
import org.landcarbon.scenarios.ProjectionMethodRegistry;
import org.landcarbon.scenarios.ScenarioAccounting;
import org.landcarbon.scenarios.ScenarioChanges;
import org.landcarbon.scenarios.ScenarioComparer;
import org.landcarbon.scenarios.ScenarioComparer.ScenarioRef;
import org.landcarbon.scenarios.ScenarioProjector;
import org.landcarbon.scenarios.ScenarioResult;
import org.landcarbon.ui.IStudyEditor;
import org.landcarbon.ui.Services;
import org.landcarbon.ui.scenarios.ScenarioComparisonInput;

/**
 * The live comparison behind an editor. A study open in its editor is compared as the editor holds
 * it (unsaved edits included), other studies as their files hold them. Each scenario is watched
 * ({@link ScenarioChanges}); a change recomputes only that scenario, an edit elsewhere in a study
 * (its history, its coefficients) recomputes that study's scenarios. Runs on the UI thread: the
 * model is edited there, and projecting a scenario takes milliseconds.
 */
public final class ComparisonSession implements AutoCloseable {

    /** How long edits are gathered before one recompute: typing a number is many changes. */
    static final int DEBOUNCE_MILLIS = 150;

    private final ScenarioComparisonInput input;
    private final Consumer<ComparisonSession> onUpdate;
    private final Display display;
    private final Map<IFile, Study> studies = new LinkedHashMap<>();
    private final Map<IFile, IStudyEditor> editors = new LinkedHashMap<>();
    private final Map<IStudyEditor, Runnable> editorListeners = new LinkedHashMap<>();
    private final List<AutoCloseable> watches = new ArrayList<>();
    private final Set<Scenario> pending = new LinkedHashSet<>();
    private final Map<ScenarioResult, Map<String, ComponentKind>> kinds = new java.util.IdentityHashMap<>();
    private ScenarioComparer comparer;
    private AccountingService accountingService;
    private Comparison comparison;
    private String error;
    private String lastChange;
    private boolean scheduled;
    private boolean closed;
    private final NetBands bands;

    public ComparisonSession(ScenarioComparisonInput input, Display display, Consumer<ComparisonSession> onUpdate) {
        this.input = input;
        this.display = display;
        this.onUpdate = onUpdate;
        this.bands = new NetBands(display, () -> {
            if (!closed) {
                onUpdate.accept(this);
            }
        });
    }

    /** Loads the studies, compares, and starts watching. Errors are kept in {@link #error()}. */
    public void open() {
        ProjectionMethodRegistry registry = Services.get(ProjectionMethodRegistry.class);
        ScenarioAccounting accounting = Services.get(ScenarioAccounting.class);
        accountingService = Services.get(AccountingService.class);
        if (registry == null || accounting == null) {
            error = Messages.noServices;
            onUpdate.accept(this);
            return;
        }
        comparer = new ScenarioComparer(new ScenarioProjector(registry.snapshot()), accounting);
        rebuild(input.reference());
    }

    /** Everything again from the studies as they are now (after a revert, a reload, a new reference). */
    private void rebuild(String reference) {
        unwatch();
        kinds.clear();
        studies.clear();
        editors.clear();
        try {
            List<ScenarioRef> refs = new ArrayList<>();
            for (ScenarioComparisonInput.Entry e : input.entries()) {
                Study study = study(e.file());
                Scenario scenario = study.getScenarios().stream().filter(s -> e.scenario().equals(s.getName())).findFirst()
                        .orElseThrow(() -> new IllegalArgumentException(NLS.bind(Messages.missingScenario, e.file().getName(), e.scenario())));
                refs.add(new ScenarioRef(study, scenario));
            }
            comparison = comparer.compare(refs, knownLabel(reference), ComparisonSettings.defaults());
            error = null;
            bands.update(comparison);
            for (ScenarioRef ref : refs) {
                watches.add(ScenarioChanges.watch(ref.scenario(), this::changed));
            }
            for (IStudyEditor editor : editors.values()) {
                Runnable l = () -> studyEdited(editor);
                editor.addChangeListener(l);
                editorListeners.put(editor, l);
            }
        } catch (Exception ex) {
            error = message(ex);
        }
        onUpdate.accept(this);
    }

    /** The reference when the new comparison has a scenario of that label, else null (the first). */
    private String knownLabel(String reference) {
        if (reference == null || comparison == null) {
            return reference;
        }
        return comparison.result(reference).isPresent() ? reference : null;
    }

    private Study study(IFile file) throws Exception {
        Study known = studies.get(file);
        if (known != null) {
            return known;
        }
        IStudyEditor editor = openEditor(file);
        Study study;
        if (editor != null) {
            study = editor.study();
            editors.put(file, editor);
        } else {
            study = StudyFiles.load(file.getLocation().toPath());
        }
        studies.put(file, study);
        return study;
    }

    /** The study editor open on the file, if any, so that its unsaved edits count. */
    static IStudyEditor openEditor(IFile file) {
        if (!PlatformUI.isWorkbenchRunning()) {
            return null;
        }
        for (IWorkbenchWindow w : PlatformUI.getWorkbench().getWorkbenchWindows()) {
            for (IWorkbenchPage p : w.getPages()) {
                for (IEditorReference ref : p.getEditorReferences()) {
                    try {
                        if (ref.getEditorInput() instanceof IFileEditorInput fi && fi.getFile().equals(file)) {
                            IEditorPart part = ref.getEditor(false);
                            IStudyEditor editor = part == null ? null : Adapters.adapt(part, IStudyEditor.class);
                            if (editor == null && part instanceof IStudyEditor se) {
                                editor = se;
                            }
                            if (editor != null) {
                                return editor;
                            }
                        }
                    } catch (PartInitException ignored) {
                        // an editor that failed to open holds no study
                    }
                }
            }
        }
        return null;
    }

    private void changed(Scenario scenario) {
        pending.add(scenario);
        lastChange = scenario.getName();
        schedule();
    }

    private void studyEdited(IStudyEditor editor) {
        IFile file = editor.file();
        if (studies.get(file) != editor.study()) {
            // The editor reverted or reloaded: its study is a new object, so start over.
            display.asyncExec(() -> {
                if (!closed) {
                    rebuild(comparison == null ? input.reference() : comparison.reference().label());
                }
            });
            return;
        }
        if (comparison != null) {
            List<Scenario> ofStudy = comparison.results().stream().filter(r -> r.study() == editor.study())
                    .map(ScenarioResult::scenario).toList();
            if (ofStudy.stream().anyMatch(pending::contains)) {
                return; // an edit of a compared scenario, already scheduled by its watch
            }
            pending.addAll(ofStudy);
            lastChange = org.landcarbon.ui.ModelLabels.study(editor.study());
        }
        schedule();
    }

    private void schedule() {
        if (scheduled || closed) {
            return;
        }
        scheduled = true;
        display.timerExec(DEBOUNCE_MILLIS, this::recomputePending);
    }

    /** Recomputes the scenarios that changed since the last update. */
    void recomputePending() {
        scheduled = false;
        if (closed || comparer == null) {
            return;
        }
        List<Scenario> todo = new ArrayList<>(pending);
        pending.clear();
        if (comparison == null) {
            rebuild(input.reference());
            return;
        }
        try {
            Comparison updated = comparison;
            for (Scenario s : todo) {
                updated = comparer.recompute(updated, s);
            }
            comparison = updated;
            kinds.clear();
            error = null;
            bands.update(comparison);
        } catch (Exception ex) {
            // Keep the last good figures on screen and say what the edit broke.
            error = message(ex);
        }
        onUpdate.accept(this);
    }

    /** The same results against another reference. */
    public void setReference(String label) {
        if (comparison == null) {
            return;
        }
        List<ScenarioResult> results = comparison.results();
        for (int i = 0; i < results.size(); i++) {
            if (results.get(i).label().equals(label)) {
                comparison = new Comparison(results, i, comparison.settings());
                onUpdate.accept(this);
                return;
            }
        }
    }

    /** Reloads the studies that no editor holds (their file changed on disk). */
    public void fileChanged(IFile file) {
        if (studies.containsKey(file) && !editors.containsKey(file)) {
            rebuild(comparison == null ? input.reference() : comparison.reference().label());
        }
    }

    public boolean covers(IFile file) {
        return input.entries().stream().anyMatch(e -> e.file().equals(file));
    }

    /** Whether a component of a result's account is a sink (drawn below zero) or a source. */
    public ComponentKind kind(ScenarioResult r, String component) {
        Map<String, ComponentKind> map = kinds.computeIfAbsent(r, k -> {
            Map<String, ComponentKind> m = new LinkedHashMap<>();
            if (accountingService != null) {
                try {
                    var account = accountingService.account(k.projection().study(), AccountOptions.DEFAULT);
                    for (String c : account.components()) {
                        m.put(c, account.kind(c));
                    }
                } catch (Exception ignored) {
                    // the comparison's account ran on the same study; without kinds the fallback below applies
                }
            }
            return m;
        });
        ComponentKind kind = map.get(component);
        if (kind != null) {
            return kind;
        }
        int i = org.landcarbon.accounting.Components.TABLE_ORDER.indexOf(component);
        return i >= 0 && i < 6 ? ComponentKind.SINK : ComponentKind.SOURCE;
    }

    public Comparison comparison() {
        return comparison;
    }

    /** The 95 % bands of the net paths computed so far, by scenario label (none while switched off). */
    public Map<String, NetBands.Band> bands() {
        return bands.of(comparison);
    }

    /** Whether the bands are computed and drawn. */
    public boolean bandsOn() {
        return bands.on();
    }

    public void setBandsOn(boolean on) {
        bands.setOn(on, comparison);
        onUpdate.accept(this);
    }

    /** Whether the band job is running. */
    public boolean bandsBusy() {
        return bands.busy();
    }

    /** Why a path has no band, or that the bands are being computed; empty otherwise. */
    public String bandNote() {
        return bands.note(comparison);
    }

    public String error() {
        return error;
    }

    /** The scenario (or study) whose change caused the last update, or null for the first computation. */
    public String lastChange() {
        return lastChange;
    }

    public ScenarioComparisonInput input() {
        return input;
    }

    /** Decimals of numbers on screen: those of the reference's study, as the command line rounds. */
    public int decimals() {
        if (comparison == null) {
            return 2;
        }
        Study s = comparison.reference().study();
        return s.getDisplayUnits() == null ? 2 : s.getDisplayUnits().getDecimals();
    }

    /** Whether the scenarios come from more than one study. */
    public boolean acrossStudies() {
        return input.entries().stream().map(ScenarioComparisonInput.Entry::file).distinct().count() > 1;
    }

    private void unwatch() {
        for (AutoCloseable w : watches) {
            try {
                w.close();
            } catch (Exception ignored) {
                // removing an adapter does not fail
            }
        }
        watches.clear();
        editorListeners.forEach(IStudyEditor::removeChangeListener);
        editorListeners.clear();
    }

    @Override
    public void close() {
        closed = true;
        bands.cancel();
        unwatch();
    }

    static String message(Throwable ex) {
        String m = ex.getMessage();
        return m == null || m.isBlank() ? ex.getClass().getSimpleName() : m;
    }
}
