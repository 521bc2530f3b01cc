package org.masthead.taxonomy;

import java.util.Optional;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A numbered series of digests in one edition, e.g. "Weekly Digest". */
@Entity
@Table(name = "digest_series")
public class DigestSeries extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, length = 2)
    public String language;

    @Column(nullable = false, length = 200)
    public String slug;

    @Column(nullable = false, length = 200)
    public String title;

    public static Optional<DigestSeries> findBySlug(String language, String slug) {
        return find("language = ?1 and slug = ?2", language, slug).firstResultOptional();
    }
}
