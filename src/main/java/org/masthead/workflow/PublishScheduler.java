package org.masthead.workflow;

import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;

/** Runs the clock's part of the workflow: scheduled publishing and expiry, recorded as they happen. */
@ApplicationScoped
public class PublishScheduler {

    private static final Logger LOG = Logger.getLogger(PublishScheduler.class);

    private final Workflow workflow;

    PublishScheduler(Workflow workflow) {
        this.workflow = workflow;
    }

    @Scheduled(every = "${masthead.workflow.schedule-every:30s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            identity = "publish-scheduler")
    void run() {
        try {
            int changed = workflow.applySchedule();
            if (changed > 0) {
                LOG.infof("Scheduler published or expired %d item(s)", changed);
            }
        } catch (RuntimeException e) {
            // Readers are unaffected (visibility follows the clock); the next run records what this one could not.
            LOG.warnf("Scheduler run failed, will retry: %s", e.getMessage());
        }
    }
}
