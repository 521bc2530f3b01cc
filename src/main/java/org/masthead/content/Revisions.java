package org.masthead.content;

import java.lang.reflect.RecordComponent;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;


import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;

import jakarta.enterprise.context.ApplicationScoped;

/** Taking, reading and comparing revisions: full snapshots of an item's editable fields. */
@ApplicationScoped
public class Revisions {

    private final ObjectMapper json;
    private final Clock clock;
    private final KindFields kindFields;

    Revisions(ObjectMapper json, Clock clock, KindFields kindFields) {
        this.json = json;
        this.clock = clock;
        this.kindFields = kindFields;
    }

    /** Records the item's working copy as revision {@code item.workingRevision}. */
    public void record(ContentItem item, String who, String note) {
        Revision revision = new Revision();
        revision.itemId = item.id;
        revision.number = item.workingRevision;
        revision.snapshot = write(snapshotOf(item));
        revision.createdBy = who;
        revision.createdAt = Instant.now(clock);
        revision.note = note;
        revision.persist();
    }

    /**
     * Who wrote the item's working copy as it stands: everyone who saved a revision after the live one (after none,
     * if nothing is live). Four-eyes review keeps all of them from approving it.
     */
    public Set<String> authorsSinceLive(ContentItem item) {
        int after = item.liveRevision == null ? 0 : item.liveRevision;
        return Set.copyOf(Revision.getEntityManager()
                .createQuery("select distinct r.createdBy from Revision r where r.itemId = ?1 and r.number > ?2", String.class)
                .setParameter(1, item.id).setParameter(2, after).getResultList());
    }

    /** Rewrites revision {@code number} of an item in place; only for an import correcting what it wrote itself. */
    void rewrite(long itemId, int number, UnaryOperator<ItemSnapshot> change) {
        Revision.findNumber(itemId, number).ifPresent(r -> r.snapshot = write(change.apply(read(r.snapshot))));
    }

    public Optional<ItemSnapshot> snapshot(long itemId, int number) {
        return Revision.findNumber(itemId, number).map(r -> read(r.snapshot));
    }

    /** The live revisions of {@code items}, by item id, in one query (listings show many at once). */
    public Map<Long, ItemSnapshot> liveSnapshots(List<ContentItem> items) {
        List<Long> ids = items.stream().filter(i -> i.liveRevision != null).map(i -> i.id).toList();
        if (ids.isEmpty()) {
            return Map.of();
        }
        List<Revision> live = Revision.find("select r from Revision r, ContentItem i where i.id = r.itemId"
                + " and r.number = i.liveRevision and i.id in ?1", ids).list();
        Map<Long, ItemSnapshot> byItem = new HashMap<>();
        live.forEach(r -> byItem.put(r.itemId, read(r.snapshot)));
        return byItem;
    }

    public List<RevisionSummary> list(ContentItem item) {
        return Revision.listNewestFirst(item.id).stream()
                .map(r -> new RevisionSummary(r.number, r.createdBy, r.createdAt, r.note,
                        Objects.equals(r.number, item.liveRevision), r.number == item.workingRevision))
                .toList();
    }

    /** What changed from revision {@code from} to revision {@code to}: each changed field, and the body line by line. */
    public Optional<RevisionComparison> compare(long itemId, int from, int to) {
        Optional<ItemSnapshot> a = snapshot(itemId, from);
        Optional<ItemSnapshot> b = snapshot(itemId, to);
        if (a.isEmpty() || b.isEmpty()) {
            return Optional.empty();
        }
        List<RevisionComparison.FieldChange> changes = new ArrayList<>();
        for (RecordComponent field : ItemSnapshot.class.getRecordComponents()) {
            Object before = value(field, a.get());
            Object after = value(field, b.get());
            if (!Objects.equals(before, after)) {
                changes.add(new RevisionComparison.FieldChange(field.getName(), before, after));
            }
        }
        List<String> before = BodyText.lines(a.get().body());
        List<String> after = BodyText.lines(b.get().body());
        List<RevisionComparison.LineChange> body = new ArrayList<>();
        for (AbstractDelta<String> delta : DiffUtils.diff(before, after).getDeltas()) {
            body.add(new RevisionComparison.LineChange(delta.getType().name(), delta.getSource().getPosition() + 1,
                    delta.getSource().getLines(), delta.getTarget().getPosition() + 1, delta.getTarget().getLines()));
        }
        return Optional.of(new RevisionComparison(from, to, changes, body));
    }

    private static Object value(RecordComponent field, ItemSnapshot snapshot) {
        try {
            return field.getAccessor().invoke(snapshot);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    public ItemSnapshot snapshotOf(ContentItem item) {
        return new ItemSnapshot(item.title, item.language, item.slug, item.summary, item.body, item.categoryId,
                item.tags.stream().map(t -> t.name).toList(),
                item.bylineAuthor == null ? null : new Byline(item.bylineAuthor, item.bylineOutlet),
                item.sources.stream().map(SourceLink::toSource).toList(),
                item.related.stream().map(l -> new Related(l.itemId, l.url, l.title, l.teaser)).toList(),
                item.publishAt, item.unpublishAt, item.featuredImageId, kindFields.digest(item),
                kindFields.media(item), kindFields.publication(item));
    }

    private String write(ItemSnapshot snapshot) {
        try {
            return json.writeValueAsString(snapshot);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write a revision snapshot", e);
        }
    }

    /** A revision's stored JSON as the snapshot it records. */
    public ItemSnapshot read(String snapshot) {
        try {
            return json.readValue(snapshot, ItemSnapshot.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot read a revision snapshot", e);
        }
    }
}
