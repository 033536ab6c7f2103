package org.landcarbon.ui.scenarios;

import java.util.List;
import java.util.Objects;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IMemento;
import org.eclipse.ui.IPersistableElement;

/**
 * What a scenario comparison shows: two to six scenarios, each named by its study file and its
 * name (so scenarios of different studies can sit side by side), and the reference the differences
 * are taken to (a label as {@link org.landcarbon.scenarios.Comparison} names it, or null for the first).
 */
public final class ScenarioComparisonInput implements IEditorInput {

    /** The most scenarios one comparison shows: more lines than this cannot be told apart on one chart. */
    public static final int MAX_SCENARIOS = 6;

    /** The element factory that restores a comparison after a restart (plugin.xml). */
    public static final String FACTORY_ID = "org.landcarbon.ui.scenarios.comparisonInputFactory";

    /** One compared scenario: its study file and its name in that study. */
    public record Entry(IFile file, String scenario) {

        public Entry {
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(scenario, "scenario");
        }
    }

    private final List<Entry> entries;
    private final String reference;

    public ScenarioComparisonInput(List<Entry> entries, String reference) {
        if (entries.size() < 2 || entries.size() > MAX_SCENARIOS) {
            throw new IllegalArgumentException("a comparison shows two to " + MAX_SCENARIOS + " scenarios, got " + entries.size());
        }
        this.entries = List.copyOf(entries);
        this.reference = reference;
    }

    public List<Entry> entries() {
        return entries;
    }

    public String reference() {
        return reference;
    }

    @Override
    public boolean exists() {
        return entries.stream().allMatch(e -> e.file().exists());
    }

    @Override
    public ImageDescriptor getImageDescriptor() {
        return null;
    }

    @Override
    public String getName() {
        return String.join(" | ", entries.stream().map(Entry::scenario).toList());
    }

    /** Kept across restarts: the files by workspace path, the scenarios by name, the reference. */
    @Override
    public IPersistableElement getPersistable() {
        return new IPersistableElement() {
            @Override
            public String getFactoryId() {
                return FACTORY_ID;
            }

            @Override
            public void saveState(IMemento memento) {
                if (reference != null) {
                    memento.putString("reference", reference);
                }
                for (Entry e : entries) {
                    IMemento child = memento.createChild("scenario");
                    child.putString("file", e.file().getFullPath().toString());
                    child.putString("name", e.scenario());
                }
            }
        };
    }

    @Override
    public String getToolTipText() {
        return String.join("\n", entries.stream().map(e -> e.file().getFullPath() + ": " + e.scenario()).toList());
    }

    @Override
    public <T> T getAdapter(Class<T> adapter) {
        return null;
    }

    /** The same scenarios in the same order open the same editor. */
    @Override
    public boolean equals(Object o) {
        return o instanceof ScenarioComparisonInput other && other.entries.equals(entries);
    }

    @Override
    public int hashCode() {
        return entries.hashCode();
    }
}
