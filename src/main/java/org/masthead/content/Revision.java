package org.masthead.content;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** A full snapshot of an item's editable fields, taken at every save; numbered from 1 per item. */
@Entity
@Table(name = "revision")
@IdClass(Revision.Key.class)
public class Revision extends PanacheEntityBase {

    @Id
    @Column(name = "item_id")
    public Long itemId;

    @Id
    public Integer number;

    /** {@link ItemSnapshot} as JSON. */
    @Column(nullable = false, columnDefinition = "LONGTEXT")
    public String snapshot;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(length = 300)
    public String note;

    public static List<Revision> listNewestFirst(long itemId) {
        return list("itemId = ?1 order by number desc", itemId);
    }

    public static Optional<Revision> findNumber(long itemId, int number) {
        return find("itemId = ?1 and number = ?2", itemId, number).firstResultOptional();
    }

    public static class Key implements Serializable {
        public Long itemId;
        public Integer number;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(itemId, key.itemId) && Objects.equals(number, key.number);
        }

        @Override
        public int hashCode() {
            return Objects.hash(itemId, number);
        }
    }
}
