package org.masthead.taxonomy;

import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.masthead.security.Roles;
import org.masthead.security.StaffMember;
import org.masthead.shared.InvalidFieldsException;
import org.masthead.shared.NotFoundException;
import org.masthead.shared.PublicChange;
import org.masthead.shared.SlugMaker;

/** The tags items have used: listed, renamed, merged and deleted by admins. Items create tags as they save. */
@ApplicationScoped
public class TagService {

    @Inject
    Event<PublicChange> publicChange;
    @Inject
    TermUse termUse;

    /** Every tag of an edition (all editions when {@code language} is null), by name. */
    @Transactional
    public List<TagView> tags(String language) {
        List<Tag> tags = language == null ? Tag.list("order by language, name") : Tag.list("language = ?1 order by name", language);
        return tags.stream().map(TagView::of).toList();
    }

    /** The tags readers can find: those a live item carries, of one edition or (null) all. */
    @Transactional
    public List<TagView> publicTags(String language) {
        var live = termUse.liveItemsPerTag(language).keySet();
        return tags(language).stream().filter(tag -> live.contains(tag.id())).toList();
    }

    @Transactional
    public List<TagUsage> usage(String language) {
        Map<Long, Long> counts = termUse.itemsPerTag(language);
        return Tag.<Tag> list("language = ?1 order by name", language).stream()
                .map(t -> new TagUsage(t.id, t.name, t.language, t.slug, counts.getOrDefault(t.id, 0L))).toList();
    }

    /**
     * Renames a tag. Its slug follows the new name, because items find their tags by the slug of the
     * name typed; a name whose slug another tag has is refused with a pointer to merging.
     */
    @Transactional
    public TagView rename(StaffMember who, long id, String name) {
        who.require(Roles.ADMIN, "Managing tags");
        Tag tag = find(id);
        if (name == null || name.isBlank()) {
            throw InvalidFieldsException.of("name", "must not be blank");
        }
        if (name.strip().length() > 200) {
            throw InvalidFieldsException.of("name", "size must be between 0 and 200");
        }
        String slug = SlugMaker.fromTitle(name);
        Tag.findBySlug(tag.language, slug).filter(other -> !other.id.equals(id)).ifPresent(other -> {
            throw InvalidFieldsException.of("name", "is the name of the tag “" + other.name + "”; merge the two instead");
        });
        tag.name = name.strip();
        tag.slug = slug;
        publicChange.fire(PublicChange.in(tag.language, "tag"));
        return TagView.of(tag);
    }

    /** Moves every item of {@code sourceId} to {@code targetId} (same edition) and deletes the source tag. */
    @Transactional
    public TagView merge(StaffMember who, long sourceId, long targetId) {
        who.require(Roles.ADMIN, "Managing tags");
        Tag source = find(sourceId);
        Tag target = Tag.findById(targetId);
        if (target == null || target.id.equals(source.id)) {
            throw InvalidFieldsException.of("into", target == null ? "no tag has id " + targetId : "choose another tag");
        }
        if (!target.language.equals(source.language)) {
            throw InvalidFieldsException.of("into", "belongs to the " + target.language + " edition");
        }
        var em = Tag.getEntityManager();
        em.flush();
        em.createNativeQuery("INSERT IGNORE INTO item_tag (item_id, tag_id) SELECT item_id, ?1 FROM item_tag WHERE tag_id = ?2")
                .setParameter(1, target.id).setParameter(2, source.id).executeUpdate();
        em.createNativeQuery("DELETE FROM item_tag WHERE tag_id = ?1").setParameter(1, source.id).executeUpdate();
        termUse.tagMerged(source.id, target.id);
        source.delete();
        publicChange.fire(PublicChange.in(source.language, "tag"));
        return TagView.of(target);
    }

    /** Deletes a tag and takes it off every item that had it; answers the tag's edition. */
    @Transactional
    public String delete(StaffMember who, long id) {
        who.require(Roles.ADMIN, "Managing tags");
        Tag tag = find(id);
        var em = Tag.getEntityManager();
        em.flush();
        em.createNativeQuery("DELETE FROM item_tag WHERE tag_id = ?1").setParameter(1, tag.id).executeUpdate();
        tag.delete();
        publicChange.fire(PublicChange.in(tag.language, "tag"));
        return tag.language;
    }

    private static Tag find(long id) {
        Tag tag = Tag.findById(id);
        if (tag == null) {
            throw new NotFoundException("No tag has id " + id + ".");
        }
        return tag;
    }
}
