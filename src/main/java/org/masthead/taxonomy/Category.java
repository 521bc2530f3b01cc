package org.masthead.taxonomy;

import java.util.List;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A section of the site; categories nest through {@code parentId}. */
@Entity
@Table(name = "category")
public class Category extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "parent_id")
    public Long parentId;

    @Column(nullable = false, length = 2)
    public String language;

    @Column(nullable = false, length = 200)
    public String slug;

    @Column(nullable = false, length = 200)
    public String name;

    @Column(nullable = false)
    public int position;

    public static List<Category> listInTreeOrder() {
        return list("order by language, position, name");
    }

    public static boolean slugTaken(String language, String slug, Long exceptId) {
        return count("language = ?1 and slug = ?2 and id <> ?3", language, slug, exceptId == null ? -1L : exceptId) > 0;
    }
}
