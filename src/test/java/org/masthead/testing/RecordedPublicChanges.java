package org.masthead.testing;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.masthead.shared.PublicChange;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/** Every {@link PublicChange} fired during the test run, for tests that check readers' pages would be refreshed. */
@ApplicationScoped
public class RecordedPublicChanges {

    private final List<PublicChange> changes = new CopyOnWriteArrayList<>();

    void record(@Observes PublicChange change) {
        changes.add(change);
    }

    public List<PublicChange> all() {
        return List.copyOf(changes);
    }
}
