package org.masthead.taxonomy;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.masthead.security.Roles;
import org.masthead.security.StaffMember;
import org.masthead.shared.ConflictException;
import org.masthead.shared.FieldError;
import org.masthead.shared.InvalidFieldsException;
import org.masthead.shared.NotFoundException;
import org.masthead.shared.PublicChange;
import org.masthead.shared.SiblingOrder;
import org.masthead.shared.SlugMaker;
import org.masthead.shared.Text;

/** The category tree of each edition; admins shape it. */
@ApplicationScoped
public class CategoryService {

    private static final SiblingOrder<Category> ORDER = new SiblingOrder<>(c -> c.id, c -> c.parentId,
            (c, position) -> c.position = position, id -> Category.findById(id));

    @Inject
    Event<PublicChange> publicChange;
    @Inject
    TermUse termUse;
    @Inject
    Event<CategoryDeleting> categoryDeleting;

    /** Every category of an edition (all editions when {@code language} is null), in tree order. */
    @Transactional
    public List<CategoryView> list(String language) {
        List<Category> all = language == null ? Category.listInTreeOrder()
                : Category.list("language = ?1 order by position, name", language);
        return all.stream().map(CategoryView::of).toList();
    }

    @Transactional
    public CategoryView byId(long id) {
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
        publicChange.fire(PublicChange.in(before, category.language, "category"));
        return CategoryView.of(category);
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
    public CategoryView move(StaffMember who, long id, boolean up) {
        who.require(Roles.ADMIN, "Managing categories");
        Category category = find(id);
        if (ORDER.swap(siblings(category.language, category.parentId), category, up).isEmpty()) {
            throw new ConflictException("“" + category.name + "” is already the " + (up ? "first" : "last") + " at its level.");
        }
        publicChange.fire(PublicChange.in(category.language, "category"));
        return CategoryView.of(category);
    }

    /** Deletes an empty leaf; one with subcategories, items or menu entries is refused with the reason. */
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

    private static List<Category> siblings(String language, Long parentId) {
        return parentId == null ? Category.list("language = ?1 and parentId is null order by position, name, id", language)
                : Category.list("language = ?1 and parentId = ?2 order by position, name, id", language, parentId);
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
