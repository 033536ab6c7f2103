package org.landcarbon.ui.charts.internal;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Control;

/**
 * A view's background computation where only the newest request counts: starting one cancels the
 * older, whose result is then dropped; the result (or why there is none) reaches the UI thread.
 */
final class LatestComputation<T> {

    interface Work<T> {
        T compute() throws Exception;
    }

    interface Done<T> {
        void accept(T result, String problem);
    }

    private final String jobName;
    private Job job;
    /** The job whose result reached the UI thread last: until then the computation is not idle. */
    private Job delivered;

    LatestComputation(String jobName) {
        this.jobName = jobName;
    }

    /** Computes in a Job; {@code done} runs on the UI thread of {@code control} with the result, or null and the reason. */
    void start(Control control, Work<T> work, String noResult, Done<T> done) {
        cancel();
        Job next = new Job(jobName) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                T result = null;
                String problem = noResult;
                try {
                    result = work.compute();
                } catch (Exception e) {
                    problem = e.getMessage();
                }
                T computed = result;
                String why = problem;
                if (!monitor.isCanceled() && !control.isDisposed()) {
                    control.getDisplay().asyncExec(() -> {
                        if (job == this && !control.isDisposed()) {
                            delivered = this;
                            done.accept(computed, why);
                        }
                    });
                }
                return Status.OK_STATUS;
            }
        };
        job = next;
        next.schedule();
    }

    /** True when nothing is computing or waiting to compute and the last result is shown (tests wait for this). */
    boolean idle() {
        return job == null || job.getState() == Job.NONE && delivered == job;
    }

    /** Cancels the running computation; its result, if it still comes, is dropped. */
    void cancel() {
        if (job != null) {
            job.cancel();
            job = null;
        }
    }
}
