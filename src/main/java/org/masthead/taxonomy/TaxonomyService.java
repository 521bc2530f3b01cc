package org.masthead.taxonomy;

import org.masthead.shared.FieldError;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.masthead.shared.ConflictException;
import org.masthead.shared.InvalidFieldsException;
import org.masthead.shared.Text;
import org.masthead.shared.SiblingOrder;
import org.masthead.shared.SlugMaker;
import org.masthead.security.Roles;
import org.masthead.security.StaffMember;
import org.masthead.shared.PublicChange;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.masthead.shared.NotFoundException;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.HashSet;
import java.util.Set;
import org.masthead.shared.Edition;

/** The category tree of each edition (admins shape it) and the tags items have used. */
@ApplicationScoped
public class TaxonomyService {

    private static final SiblingOrder<Category> ORDER = new SiblingOrder<>(c -> c.id, c -> c.parentId,
            (c, position) -> c.position = position, id -> Category.findById(id));

    @Inject
    Event<PublicChange> publicChange;
    @Inject
    TermUse termUse;
    @Inject
    Event<CategoryDeleting> categoryDeleting;

    @Transactional
    public List<CategoryView> categories(String language) {
        List<Category> all = language == null ? Category.listInTreeOrder()
                : Category.list("language = ?1 order by position, name", language);
        return all.stream().map(CategoryView::of).toList();
    }

    @Transactional
    public CategoryView category(long id) {
        return CategoryView.of(find(id));
    }

    @Transactional
    public CategoryView create(StaffMember who, CategoryInput input) {
        who.require(Roles.ADMIN, "Managing categories");
        Category category = new Category();
        apply(category, input);
        category.persist();
        publicChange.fire(PublicChange.in(category.language, "category"));
        return CategoryView.of(category);
    }

    @Transactional
    public CategoryView update(StaffMember who, long id, CategoryInput input) {
        who.require(Roles.ADMIN, "Managing categories");
        Category category = find(id);
        String before = category.language;
        apply(category, input);
        publicChange.fire(PublicChange.in(editions(before, category.language), "category"));
        return CategoryView.of(category);
    }

    @Transactional
    public void delete(StaffMember who, long id) {
        who.require(Roles.ADMIN, "Managing categories");
        Category category = find(id);
        if (Category.count("parentId", id) > 0) {
            throw new ConflictException("This category has subcategories; move or delete them first.");
        }
        long used = termUse.itemsInCategory(id);
        if (used > 0) {
            throw new ConflictException("This category holds " + used + " item(s); move them first.");
        }
        categoryDeleting.fire(new CategoryDeleting(category.id, category.name, category.language));
        category.delete();
        publicChange.fire(PublicChange.in(category.language, "category"));
    }

    @Transactional
    public List<TagView> tags(String language) {
        List<Tag> tags = language == null ? Tag.list("order by language, name") : Tag.list("language = ?1 order by name", language);
        return tags.stream().map(t -> new TagView(t.id, t.name, t.language, t.slug)).toList();
    }

    public record TagView(long id, String name, String language, String slug) {
    }

    public record SeriesInput(@NotBlank @Size(max = 200) String title,
            @NotNull @Pattern(regexp = Edition.PATTERN,
                    message = "must be one of en, ar, fa, sq") String language,
            @Size(max = 200) @Pattern(
                    regexp = "^$|^[\\p{L}\\p{N}]+(?:-[\\p{L}\\p{N}]+)*$",
                    message = "may hold only letters, digits and single hyphens between them") String slug) {
    }

    public record SeriesView(long id, String title, String language, String slug, long issues) {
    }

    @Transactional
    public List<SeriesView> series() {
        Map<Long, Long> issues = termUse.issuesPerSeries();
        return DigestSeries.<DigestSeries> list("order by language, title").stream()
                .map(s -> seriesView(s, issues.getOrDefault(s.id, 0L))).toList();
    }

    @Transactional
    public SeriesView saveSeries(StaffMember who, Long id, SeriesInput input) {
        who.require(Roles.ADMIN, "Managing digest series");
        DigestSeries series = id == null ? new DigestSeries()
                : DigestSeries.<DigestSeries> findByIdOptional(id)
                        .orElseThrow(() -> new NotFoundException("No series has id " + id + "."));
        String slug = Objects.requireNonNullElseGet(Text.blankToNull(input.slug()), () -> SlugMaker.fromTitle(input.title()));
        if (DigestSeries.count("language = ?1 and slug = ?2 and id <> ?3", input.language(), slug,
                id == null ? -1L : id) > 0) {
            throw InvalidFieldsException.of("slug", "is already used by another series in this edition");
        }
        String before = series.language;
        series.title = input.title().strip();
        series.language = input.language();
        series.slug = slug;
        series.persist();
        publicChange.fire(PublicChange.in(editions(before, series.language), "series"));
        return seriesView(series);
    }

    private SeriesView seriesView(DigestSeries s) {
        return seriesView(s, termUse.issuesOf(s.id));
    }

    private static SeriesView seriesView(DigestSeries s, long issues) {
        return new SeriesView(s.id, s.title, s.language, s.slug, issues);
    }

    /**
     * Renames a category and/or moves it under another parent of its edition (to the end of its new
     * siblings). Readers' addresses follow the slug, so the desk shows the current one for editing.
     */
    @Transactional
    public CategoryView edit(StaffMember who, long id, String name, String slug, Long parentId) {
        who.require(Roles.ADMIN, "Managing categories");
        Category category = find(id);
        Long oldParent = category.parentId;
        boolean moves = !Objects.equals(oldParent, parentId);
        int position = moves ? siblings(category.language, parentId).size() : category.position;
        apply(category, new CategoryInput(name, category.language, slug, parentId, position));
        if (moves) {
            ORDER.renumber(ORDER.without(siblings(category.language, oldParent), category));
        }
        publicChange.fire(PublicChange.in(category.language, "category"));
        return CategoryView.of(category);
    }

    /** Swaps a category with the sibling before ({@code up}) or after it. */
    @Transactional
    public CategoryView moveCategory(StaffMember who, long id, boolean up) {
        who.require(Roles.ADMIN, "Managing categories");
        Category category = find(id);
        if (ORDER.swap(siblings(category.language, category.parentId), category, up).isEmpty()) {
            throw new ConflictException("“" + category.name + "” is already the " + (up ? "first" : "last") + " at its level.");
        }
        publicChange.fire(PublicChange.in(category.language, "category"));
        return CategoryView.of(category);
    }

    private static List<Category> siblings(String language, Long parentId) {
        return parentId == null ? Category.list("language = ?1 and parentId is null order by position, name, id", language)
                : Category.list("language = ?1 and parentId = ?2 order by position, name, id", language, parentId);
    }

    /** A tag with how many items (any state) carry it. */
    public record TagUsage(long id, String name, String language, String slug, long items) {
    }

    @Transactional
    public List<TagUsage> tagUsage(String language) {
        Map<Long, Long> counts = termUse.itemsPerTag(language);
        return Tag.<Tag> list("language = ?1 order by name", language).stream()
                .map(t -> new TagUsage(t.id, t.name, t.language, t.slug, counts.getOrDefault(t.id, 0L))).toList();
    }

    /**
     * Renames a tag. Its slug follows the new name, because items find their tags by the slug of the
     * name typed; a name whose slug another tag has is refused with a pointer to merging.
     */
    @Transactional
    public TagView renameTag(StaffMember who, long id, String name) {
        who.require(Roles.ADMIN, "Managing tags");
        Tag tag = findTag(id);
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
        return new TagView(tag.id, tag.name, tag.language, tag.slug);
    }

    /** Moves every item of {@code sourceId} to {@code targetId} (same edition) and deletes the source tag. */
    @Transactional
    public TagView mergeTag(StaffMember who, long sourceId, long targetId) {
        who.require(Roles.ADMIN, "Managing tags");
        Tag source = findTag(sourceId);
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
        return new TagView(target.id, target.name, target.language, target.slug);
    }

    /** Deletes a tag and takes it off every item that had it. */
    @Transactional
    public String deleteTag(StaffMember who, long id) {
        who.require(Roles.ADMIN, "Managing tags");
        Tag tag = findTag(id);
        var em = Tag.getEntityManager();
        em.flush();
        em.createNativeQuery("DELETE FROM item_tag WHERE tag_id = ?1").setParameter(1, tag.id).executeUpdate();
        tag.delete();
        publicChange.fire(PublicChange.in(tag.language, "tag"));
        return tag.language;
    }

    private static Tag findTag(long id) {
        Tag tag = Tag.findById(id);
        if (tag == null) {
            throw new NotFoundException("No tag has id " + id + ".");
        }
        return tag;
    }

    @Transactional
    public SeriesView seriesById(long id) {
        return seriesView(findSeries(id));
    }

    /** Deletes a series that has no issues; one with issues is refused (its digests would lose their numbering). */
    @Transactional
    public void deleteSeries(StaffMember who, long id) {
        who.require(Roles.ADMIN, "Managing digest series");
        DigestSeries series = findSeries(id);
        long issues = termUse.issuesOf(id);
        if (issues > 0) {
            throw new ConflictException("“" + series.title + "” has " + issues + " issue(s); a series can be deleted only "
                    + "while it has none.");
        }
        series.delete();
        publicChange.fire(PublicChange.in(series.language, "series"));
    }

    private static DigestSeries findSeries(long id) {
        return DigestSeries.<DigestSeries> findByIdOptional(id)
                .orElseThrow(() -> new NotFoundException("No series has id " + id + "."));
    }

    private static Set<String> editions(String before, String after) {
        Set<String> languages = new HashSet<>();
        if (before != null) {
            languages.add(before);
        }
        languages.add(after);
        return languages;
    }

    private static void apply(Category category, CategoryInput input) {
        List<FieldError> errors = new ArrayList<>();
        String slug = Objects.requireNonNullElseGet(Text.blankToNull(input.slug()), () -> SlugMaker.fromTitle(input.name()));
        if (Category.slugTaken(input.language(), slug, category.id)) {
            errors.add(new FieldError("slug", "is already used by another category in this edition"));
        }
        if (input.parentId() != null) {
            Category parent = Category.findById(input.parentId());
            if (parent == null) {
                errors.add(new FieldError("parentId", "no category has id " + input.parentId()));
            } else if (!parent.language.equals(input.language())) {
                errors.add(new FieldError("parentId", "belongs to the " + parent.language + " edition"));
            } else if (category.id != null && ORDER.formsCycle(category.id, parent)) {
                errors.add(new FieldError("parentId", "would put the category inside itself"));
            }
        }
        if (category.id != null && !input.language().equals(category.language) && Category.count("parentId", category.id) > 0) {
            errors.add(new FieldError("language", "cannot change while the category has subcategories"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidFieldsException(errors);
        }
        category.name = input.name().strip();
        category.language = input.language();
        category.slug = slug;
        category.parentId = input.parentId();
        category.position = input.position() == null ? 0 : input.position();
    }

    private static Category find(long id) {
        Category category = Category.findById(id);
        if (category == null) {
            throw new NotFoundException("No category has id " + id + ".");
        }
        return category;
    }
}
