package org.landcarbon.ui.analysis.internal;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IPersistableElement;
import org.landcarbon.analysis.AnalysisDescriptor;
import org.landcarbon.analysis.DataTable;
import org.landcarbon.analysis.result.AnalysisResult;

/** One run's result; not persisted across sessions (rerun it from the Analyses view). */
public record ResultEditorInput(AnalysisDescriptor descriptor, IFile study, DataTable table, AnalysisResult result)
        implements IEditorInput {

    @Override
    public <T> T getAdapter(Class<T> adapter) {
        return adapter.isInstance(study) ? adapter.cast(study) : null;
    }

    @Override
    public boolean exists() {
        return false;
    }

    @Override
    public ImageDescriptor getImageDescriptor() {
        return ImageDescriptor.getMissingImageDescriptor();
    }

    @Override
    public String getName() {
        return Analyses.name(descriptor) + " - " + study.getName();
    }

    @Override
    public IPersistableElement getPersistable() {
        return null;
    }

    @Override
    public String getToolTipText() {
        return descriptor.id() + " on " + table.describe();
    }

    // A record's equals would make two runs with the same settings share one editor; each run is its own.
    @Override
    public boolean equals(Object o) {
        return this == o;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }
}
