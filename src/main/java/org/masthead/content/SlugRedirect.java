package org.masthead.content;

import org.masthead.shared.ContentKind;
import java.io.Serializable;
import java.util.Objects;
import java.util.Optional;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** A slug a published item used to have; links to it keep working through a 301. */
@Entity
@Table(name = "slug_redirect")
@IdClass(SlugRedirect.Key.class)
public class SlugRedirect extends PanacheEntityBase {

    @Id
    @Column(length = 2)
    public String language;

    @Id
    @Enumerated(EnumType.STRING)
    @Column(length = 16)
    public ContentKind kind;

    @Id
    @Column(length = 200)
    public String slug;

    @Column(name = "item_id", nullable = false)
    public Long itemId;

    public static Optional<SlugRedirect> find(String language, ContentKind kind, String slug) {
        return find("language = ?1 and kind = ?2 and slug = ?3", language, kind, slug).firstResultOptional();
    }

    public static class Key implements Serializable {
        public String language;
        public ContentKind kind;
        public String slug;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(language, key.language) && kind == key.kind
                    && Objects.equals(slug, key.slug);
        }

        @Override
        public int hashCode() {
            return Objects.hash(language, kind, slug);
        }
    }
}
