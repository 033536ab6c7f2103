package org.landcarbon.ui.scenarios.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.core.runtime.Path;
import org.eclipse.ui.IElementFactory;
import org.eclipse.ui.IMemento;
import org.landcarbon.ui.scenarios.ScenarioComparisonInput;

/**
 * Restores a comparison after a restart from what {@link ScenarioComparisonInput#getPersistable()}
 * saved. Returns null (the editor is not restored) when a study file is gone or too few remain.
 */
public final class ScenarioComparisonInputFactory implements IElementFactory {

    public static final String ID = ScenarioComparisonInput.FACTORY_ID;

    @Override
    public IAdaptable createElement(IMemento memento) {
        List<ScenarioComparisonInput.Entry> entries = new ArrayList<>();
        for (IMemento child : memento.getChildren("scenario")) {
            String path = child.getString("file");
            String name = child.getString("name");
            if (path == null || name == null) {
                continue;
            }
            IFile file = ResourcesPlugin.getWorkspace().getRoot().getFile(new Path(path));
            if (file.exists()) {
                entries.add(new ScenarioComparisonInput.Entry(file, name));
            }
        }
        if (entries.size() < 2 || entries.size() > ScenarioComparisonInput.MAX_SCENARIOS) {
            return null;
        }
        ScenarioComparisonInput input = new ScenarioComparisonInput(entries, memento.getString("reference"));
        return input;
    }
}
