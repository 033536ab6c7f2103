package org.landcarbon.model.persistence;

import java.nio.file.Path;

import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.landcarbon.model.Study;

/** Remembers on a study which file it was read from and what that file was then (not saved with the study). */
final class LoadedFrom extends AdapterImpl {

    final Path file;
    final FileStamp stamp;

    private LoadedFrom(Path file, FileStamp stamp) {
        this.file = file;
        this.stamp = stamp;
    }

    static LoadedFrom of(Study study) {
        for (Object a : study.eAdapters()) {
            if (a instanceof LoadedFrom l) {
                return l;
            }
        }
        return null;
    }

    static void set(Study study, Path file, FileStamp stamp) {
        study.eAdapters().removeIf(a -> a instanceof LoadedFrom);
        study.eAdapters().add(new LoadedFrom(file.toAbsolutePath().normalize(), stamp));
    }

    @Override
    public boolean isAdapterForType(Object type) {
        return type == LoadedFrom.class;
    }
}
