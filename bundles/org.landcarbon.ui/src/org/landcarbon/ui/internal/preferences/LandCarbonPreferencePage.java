package org.landcarbon.ui.internal.preferences;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.preference.BooleanFieldEditor;
import org.eclipse.jface.preference.ComboFieldEditor;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.IntegerFieldEditor;
import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.eclipse.ui.PlatformUI;
import org.landcarbon.accounting.AccountingService;
import org.landcarbon.accounting.CoefficientSetData;
import org.landcarbon.ui.Services;
import org.landcarbon.ui.UiPreferences;

/** Window > Preferences > LandCarbon: defaults for new studies, how figures and charts are shown, the language. */
public final class LandCarbonPreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

    public static final String ID = "org.landcarbon.ui.preferences";
    private String languageBefore;

    public LandCarbonPreferencePage() {
        super(GRID);
        setPreferenceStore(UiPreferences.store());
        setDescription(Messages.description);
    }

    @Override
    public void init(IWorkbench workbench) {
        languageBefore = UiPreferences.store().getString(UiPreferences.LANGUAGE);
    }

    @Override
    protected void createFieldEditors() {
        addField(new ComboFieldEditor(UiPreferences.COEFFICIENT_SET, Messages.coefficientSet, coefficientSets(), getFieldEditorParent()));
        addField(new ComboFieldEditor(UiPreferences.MAGNITUDE, Messages.magnitude,
                new String[][] { { "10^4 t", "10^4 t" }, { "t", "t" }, { "Mt", "Mt" } }, getFieldEditorParent()));
        addField(new ComboFieldEditor(UiPreferences.SUBSTANCE, Messages.substance,
                new String[][] { { Messages.carbon, "C" }, { Messages.co2, "CO2" } }, getFieldEditorParent()));
        IntegerFieldEditor decimals = new IntegerFieldEditor(UiPreferences.DECIMALS, Messages.decimals, getFieldEditorParent(), 1);
        decimals.setValidRange(0, 6);
        addField(decimals);
        IntegerFieldEditor width = new IntegerFieldEditor(UiPreferences.LINE_WIDTH, Messages.lineWidth, getFieldEditorParent(), 1);
        width.setValidRange(1, 6);
        addField(width);
        addField(new BooleanFieldEditor(UiPreferences.MARKERS, Messages.markers, getFieldEditorParent()));
        addField(new ComboFieldEditor(UiPreferences.LANGUAGE, Messages.language,
                new String[][] { { Messages.languageSystem, "" }, { "English", "en" }, { "\u7b80\u4f53\u4e2d\u6587", "zh_CN" } },
                getFieldEditorParent()));
        Label restart = new Label(getFieldEditorParent(), SWT.WRAP);
        restart.setText(Messages.restartNote);
        GridData gd = new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1);
        gd.widthHint = 360;
        restart.setLayoutData(gd);
    }

    /** The accounting registry's sets, the accounting default first. */
    private static String[][] coefficientSets() {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] { Messages.coefficientSetDefault, "" });
        AccountingService service = Services.get(AccountingService.class);
        if (service != null) {
            for (CoefficientSetData s : service.coefficientSets()) {
                rows.add(new String[] { s.name() == null || s.name().isBlank() ? s.id() : s.name() + " (" + s.id() + ")", s.id() });
            }
        }
        return rows.toArray(String[][]::new);
    }

    @Override
    public boolean performOk() {
        boolean ok = super.performOk();
        String language = UiPreferences.store().getString(UiPreferences.LANGUAGE);
        if (ok && !language.equals(languageBefore)) {
            languageBefore = language;
            if (!LauncherLanguage.write(language)) {
                MessageDialog.openWarning(getShell(), Messages.language,
                        NLS.bind(Messages.languageNotWritten, language.isEmpty() ? "" : "-nl " + language));
            } else if (MessageDialog.openQuestion(getShell(), Messages.language, Messages.restartNow)) {
                getShell().getDisplay().asyncExec(() -> PlatformUI.getWorkbench().restart());
            }
        }
        return ok;
    }

    /** For tests and the Welcome page: opens this page alone. */
    public static PreferenceDialog open(org.eclipse.swt.widgets.Shell shell) {
        return org.eclipse.ui.dialogs.PreferencesUtil.createPreferenceDialogOn(shell, ID, new String[] { ID }, null);
    }
}
