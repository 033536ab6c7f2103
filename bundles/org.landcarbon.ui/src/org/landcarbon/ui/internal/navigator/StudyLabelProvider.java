package org.landcarbon.ui.internal.navigator;

import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.graphics.Image;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.IMemento;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.navigator.ICommonContentExtensionSite;
import org.eclipse.ui.navigator.ICommonLabelProvider;
import org.eclipse.emf.ecore.EObject;
import org.landcarbon.model.Coefficient;
import org.landcarbon.model.LandClass;
import org.landcarbon.model.Region;
import org.landcarbon.model.Scenario;
import org.landcarbon.model.Series;
import org.landcarbon.model.Study;
import org.landcarbon.model.study.Regions;
import org.landcarbon.ui.ModelLabels;
import org.landcarbon.ui.StudyCoefficients;

/** Names the parts of a study in the workbench's language; the status line gets a longer description. */
public final class StudyLabelProvider extends LabelProvider implements ICommonLabelProvider {

    @Override
    public void init(ICommonContentExtensionSite config) {
        // nothing to configure
    }

    @Override
    public String getText(Object element) {
        if (!(element instanceof StudyPart part)) {
            return null;
        }
        return switch (part.kind()) {
            case CLASSES -> NLS.bind(Messages.groupClasses, part.count());
            case SERIES -> NLS.bind(Messages.groupSeries, part.count());
            case COEFFICIENTS -> NLS.bind(Messages.groupCoefficients, part.count());
            case REPORTED -> NLS.bind(Messages.groupReported, part.count());
            case SCENARIOS -> NLS.bind(Messages.groupScenarios, part.count());
            case REGIONS -> NLS.bind(Messages.groupRegions, part.count());
            case REGION -> regionText((Region) part.element());
            case ELEMENT -> elementText(part.element());
        };
    }

    static String elementText(EObject element) {
        Study study = element.eContainer() instanceof Study s ? s : findStudy(element);
        if (element instanceof LandClass c) {
            String role = c.getRole() == null ? "" : switch (c.getRole()) {
                case SOURCE -> Messages.roleSource;
                case SINK -> Messages.roleSink;
                case BOTH -> Messages.roleBoth;
            };
            return NLS.bind(Messages.classLabel, new Object[] { ModelLabels.landClass(c), c.getId(), role });
        }
        if (element instanceof Series s) {
            String name = study != null ? ModelLabels.series(study, s) : s.getId();
            return NLS.bind(Messages.seriesLabel,
                    new Object[] { name, s.getUnit() == null ? "?" : s.getUnit(), s.getValues().size(), s.getId() });
        }
        if (element instanceof Coefficient c) {
            String text = NLS.bind(Messages.coefficientLabel,
                    new Object[] { c.getKey(), format(c.getValue()), c.getUnit() == null ? "" : c.getUnit() });
            return study != null && StudyCoefficients.isOverride(study, c) ? text + " " + Messages.overrideMark : text;
        }
        if (element instanceof Scenario s) {
            return s.getName();
        }
        return String.valueOf(element);
    }

    /** "Guiyang (520100), 7 series"; the top region's series are the study's. */
    static String regionText(Region r) {
        Study study = findStudy(r);
        int series = study == null ? r.getSeries().size() : Regions.ownSeries(study, r).size();
        String name = r.getNameZh() != null && !r.getNameZh().isBlank() && (r.getName() == null || r.getName().isBlank())
                ? r.getNameZh() : r.getName();
        return NLS.bind(Messages.regionLabel, new Object[] { name == null ? "" : name, r.getCode() == null ? "" : r.getCode(), series });
    }

    private static Study findStudy(EObject o) {
        EObject e = o;
        while (e != null && !(e instanceof Study)) {
            e = e.eContainer();
        }
        return (Study) e;
    }

    static String format(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }

    @Override
    public Image getImage(Object element) {
        if (!(element instanceof StudyPart part)) {
            return null;
        }
        String key = part.kind() == StudyPart.Kind.ELEMENT || part.kind() == StudyPart.Kind.REGION && part.count() == 0
                ? ISharedImages.IMG_OBJ_ELEMENT : ISharedImages.IMG_OBJ_FOLDER;
        return PlatformUI.getWorkbench().getSharedImages().getImage(key);
    }

    @Override
    public String getDescription(Object element) {
        if (element instanceof StudyPart part) {
            if (part.element() instanceof Coefficient c && c.getSource() != null) {
                return getText(part) + " - " + c.getSource();
            }
            return part.file().getFullPath().toString() + " - " + getText(part);
        }
        return null;
    }

    @Override
    public void restoreState(IMemento memento) {
        // no state
    }

    @Override
    public void saveState(IMemento memento) {
        // no state
    }
}
