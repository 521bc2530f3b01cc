package org.masthead.redirect;

import java.time.Instant;
import java.util.Optional;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An old address that answers 301: to an item (wherever it lives now) or to a fixed address. */
@Entity
@Table(name = "redirect")
public class Redirect extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, length = 700)
    public String path;

    @Column(name = "item_id")
    public Long itemId;

    @Column(length = 2000)
    public String target;

    @Column(nullable = false, length = 40)
    public String origin;

    @Column(nullable = false)
    public long hits;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    static Optional<Redirect> byPath(String path) {
        return find("path", path).firstResultOptional();
    }
}
