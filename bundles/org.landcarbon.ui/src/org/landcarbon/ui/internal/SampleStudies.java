package org.landcarbon.ui.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IWorkspaceRoot;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.resources.WorkspaceJob;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.osgi.framework.Bundle;
import org.osgi.service.prefs.BackingStoreException;

/**
 * On the first start of a workspace, a "Samples" project with the sample studies the model bundle
 * ships ({@code samples/*.landcarbon}). Done once per workspace: a user who deletes it keeps it deleted.
 */
public final class SampleStudies {

    public static final String PROJECT = "Samples";
    private static final String MODEL_BUNDLE = "org.landcarbon.model";
    private static final String DONE_KEY = "samplesCreated";

    private SampleStudies() {
    }

    /** The sample files the installed model bundle carries. */
    public static List<URL> available() {
        List<URL> out = new ArrayList<>();
        Bundle bundle = Platform.getBundle(MODEL_BUNDLE);
        Enumeration<URL> e = bundle == null ? null : bundle.findEntries("samples", "*.landcarbon", false);
        while (e != null && e.hasMoreElements()) {
            out.add(e.nextElement());
        }
        out.sort((a, b) -> a.getPath().compareTo(b.getPath()));
        return out;
    }

    /** Schedules the creation when this workspace never had it and has no project. */
    public static Job scheduleIfFirstStart() {
        IEclipsePreferences prefs = InstanceScope.INSTANCE.getNode("org.landcarbon.ui");
        IWorkspaceRoot root = ResourcesPlugin.getWorkspace().getRoot();
        if (prefs.getBoolean(DONE_KEY, false) || root.getProjects().length > 0 || available().isEmpty()) {
            return null;
        }
        Job job = new WorkspaceJob(Messages.samplesJob) {
            @Override
            public IStatus runInWorkspace(IProgressMonitor monitor) throws CoreException {
                createProject(root.getProject(PROJECT), monitor);
                prefs.putBoolean(DONE_KEY, true);
                try {
                    prefs.flush();
                } catch (BackingStoreException e) {
                    return Status.warning("Cannot remember that the samples were created", e);
                }
                return Status.OK_STATUS;
            }
        };
        job.setRule(root);
        job.schedule();
        return job;
    }

    /** Creates (or completes) the project with a copy of every sample not already in it. */
    public static void createProject(IProject project, IProgressMonitor monitor) throws CoreException {
        if (!project.exists()) {
            project.create(monitor);
        }
        if (!project.isOpen()) {
            project.open(monitor);
        }
        for (URL url : available()) {
            String path = url.getPath();
            IFile file = project.getFile(path.substring(path.lastIndexOf('/') + 1));
            if (file.exists()) {
                continue;
            }
            try (InputStream in = url.openStream()) {
                file.create(in, false, monitor);
            } catch (IOException e) {
                throw new CoreException(Status.error("Cannot copy the sample " + path, e));
            }
        }
    }
}
