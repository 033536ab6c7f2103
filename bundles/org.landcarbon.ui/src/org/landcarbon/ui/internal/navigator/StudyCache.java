package org.landcarbon.ui.internal.navigator;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.IPath;
import org.landcarbon.model.Study;
import org.landcarbon.model.persistence.StudyFiles;

/**
 * Studies read for the Project Explorer, kept until their file changes (by modification stamp), so
 * expanding a tree does not parse the file again. A file that does not load is remembered with its
 * message and shown as such.
 */
final class StudyCache {

    record Entry(long stamp, Study study, String error) {
    }

    private final Map<IFile, Entry> entries = new ConcurrentHashMap<>();

    Entry get(IFile file) {
        long stamp = file.getModificationStamp();
        Entry e = entries.get(file);
        if (e != null && e.stamp() == stamp) {
            return e;
        }
        e = load(file, stamp);
        entries.put(file, e);
        return e;
    }

    void forget(IFile file) {
        entries.remove(file);
    }

    void clear() {
        entries.clear();
    }

    private static Entry load(IFile file, long stamp) {
        IPath location = file.getLocation();
        if (location == null) {
            return new Entry(stamp, null, file.getFullPath() + ": not on the local file system");
        }
        try {
            return new Entry(stamp, StudyFiles.load(location.toPath()), null);
        } catch (IOException | RuntimeException e) {
            return new Entry(stamp, null, e.getMessage());
        }
    }
}
