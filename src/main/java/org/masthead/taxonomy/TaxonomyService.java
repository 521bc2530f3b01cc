package org.masthead.taxonomy;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.masthead.api.problem.ConflictException;
import org.masthead.api.problem.InvalidFieldsException;
import org.masthead.api.problem.Problem.FieldError;
import org.masthead.content.ContentItem;
import org.masthead.content.SlugMaker;
import org.masthead.security.Roles;
import org.masthead.security.StaffMember;
import org.masthead.site.PublicChange;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;

/** The category tree of each edition (admins shape it) and the tags items have used. */
@ApplicationScoped
public class TaxonomyService {

    private final Event<PublicChange> publicChange;

    TaxonomyService(Event<PublicChange> publicChange) {
        this.publicChange = publicChange;
    }

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
        publicChange.fire(PublicChange.in(category.language, "category " + category.slug + " added"));
        return CategoryView.of(category);
    }

    @Transactional
    public CategoryView update(StaffMember who, long id, CategoryInput input) {
        who.require(Roles.ADMIN, "Managing categories");
        Category category = find(id);
        String language = category.language;
        apply(category, input);
        publicChange.fire(PublicChange.in(java.util.Set.of(language, category.language), "category " + category.slug + " changed"));
        return CategoryView.of(category);
    }

    @Transactional
    public void delete(StaffMember who, long id) {
        who.require(Roles.ADMIN, "Managing categories");
        Category category = find(id);
        if (Category.count("parentId", id) > 0) {
            throw new ConflictException("This category has subcategories; move or delete them first.");
        }
        long used = ContentItem.count("categoryId", id);
        if (used > 0) {
            throw new ConflictException("This category holds " + used + " item(s); move them first.");
        }
        category.delete();
        publicChange.fire(PublicChange.in(category.language, "category " + category.slug + " deleted"));
    }

    @Transactional
    public List<TagView> tags(String language) {
        List<Tag> tags = language == null ? Tag.list("order by language, name") : Tag.list("language = ?1 order by name", language);
        return tags.stream().map(t -> new TagView(t.id, t.name, t.language, t.slug)).toList();
    }

    public record TagView(long id, String name, String language, String slug) {
    }

    public record SeriesInput(@jakarta.validation.constraints.NotBlank @jakarta.validation.constraints.Size(max = 200) String title,
            @jakarta.validation.constraints.NotNull @jakarta.validation.constraints.Pattern(regexp = org.masthead.content.Editions.PATTERN,
                    message = "must be one of en, ar, fa, sq") String language,
            @jakarta.validation.constraints.Size(max = 200) String slug) {
    }

    public record SeriesView(long id, String title, String language, String slug, long issues) {
    }

    @Transactional
    public List<SeriesView> series() {
        return org.masthead.content.DigestSeries.<org.masthead.content.DigestSeries> list("order by language, title").stream()
                .map(TaxonomyService::seriesView).toList();
    }

    @Transactional
    public SeriesView saveSeries(StaffMember who, Long id, SeriesInput input) {
        who.require(Roles.ADMIN, "Managing digest series");
        org.masthead.content.DigestSeries series = id == null ? new org.masthead.content.DigestSeries()
                : org.masthead.content.DigestSeries.<org.masthead.content.DigestSeries> findByIdOptional(id)
                        .orElseThrow(() -> new NotFoundException("No series has id " + id + "."));
        String slug = input.slug() == null || input.slug().isBlank() ? SlugMaker.fromTitle(input.title()) : input.slug().strip();
        if (org.masthead.content.DigestSeries.count("language = ?1 and slug = ?2 and id <> ?3", input.language(), slug,
                id == null ? -1L : id) > 0) {
            throw InvalidFieldsException.of("slug", "is already used by another series in this edition");
        }
        series.title = input.title().strip();
        series.language = input.language();
        series.slug = slug;
        series.persist();
        return seriesView(series);
    }

    private static SeriesView seriesView(org.masthead.content.DigestSeries s) {
        return new SeriesView(s.id, s.title, s.language, s.slug, ContentItem.count("seriesId", s.id));
    }

    private static void apply(Category category, CategoryInput input) {
        List<FieldError> errors = new ArrayList<>();
        String slug = input.slug() == null || input.slug().isBlank() ? SlugMaker.fromTitle(input.name()) : input.slug().strip();
        if (Category.slugTaken(input.language(), slug, category.id)) {
            errors.add(new FieldError("slug", "is already used by another category in this edition"));
        }
        if (input.parentId() != null) {
            Category parent = Category.findById(input.parentId());
            if (parent == null) {
                errors.add(new FieldError("parentId", "no category has id " + input.parentId()));
            } else if (!parent.language.equals(input.language())) {
                errors.add(new FieldError("parentId", "belongs to the " + parent.language + " edition"));
            } else if (category.id != null && formsCycle(category.id, parent)) {
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

    private static boolean formsCycle(long id, Category parent) {
        for (Category at = parent; at != null; at = at.parentId == null ? null : Category.findById(at.parentId)) {
            if (Objects.equals(at.id, id)) {
                return true;
            }
        }
        return false;
    }

    private static Category find(long id) {
        Category category = Category.findById(id);
        if (category == null) {
            throw new NotFoundException("No category has id " + id + ".");
        }
        return category;
    }
}
