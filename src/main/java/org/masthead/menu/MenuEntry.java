package org.masthead.menu;

import java.time.Instant;
import java.util.List;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One entry of an edition's navigation menu: a label, what it points at ({@link MenuTarget}) and
 * where it sits (under {@code parentId}, at {@code position} among its siblings).
 */
@Entity
@Table(name = "menu_entry")
public class MenuEntry extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, length = 2)
    public String language;

    @Column(name = "parent_id")
    public Long parentId;

    @Column(nullable = false)
    public int position;

    @Column(nullable = false, length = 200)
    public String label;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public MenuTarget target;

    @Column(name = "category_id")
    public Long categoryId;

    @Column(name = "item_id")
    public Long itemId;

    @Column(length = 1000)
    public String url;

    /**
     * Counts saves of the label, target and place, so that an edit form opened before someone
     * else's save is refused. Kept by hand: reordering siblings must not make their forms stale.
     */
    @Column(nullable = false)
    public long version;

    @Column(name = "updated_by", nullable = false)
    public String updatedBy;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    /** The whole menu of an edition, parents and children mixed, each group in its order. */
    public static List<MenuEntry> listOfEdition(String language) {
        return list("language = ?1 order by position, id", language);
    }

    /** The entries sharing a parent (the top level when {@code parentId} is null), in order. */
    public static List<MenuEntry> siblings(String language, Long parentId) {
        return parentId == null ? list("language = ?1 and parentId is null order by position, id", language)
                : list("language = ?1 and parentId = ?2 order by position, id", language, parentId);
    }

    public static List<MenuEntry> usingCategory(long categoryId) {
        return list("categoryId = ?1 order by language, id", categoryId);
    }
}
