package org.masthead.taxonomy;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.masthead.security.Roles;
import org.masthead.security.StaffMember;
import org.masthead.shared.ConflictException;
import org.masthead.shared.InvalidFieldsException;
import org.masthead.shared.NotFoundException;
import org.masthead.shared.PublicChange;
import org.masthead.shared.SlugMaker;
import org.masthead.shared.Text;

/** The numbered digest series (Weekly Digest and the like); admins keep them. */
@ApplicationScoped
public class SeriesService {

    @Inject
    Event<PublicChange> publicChange;
    @Inject
    TermUse termUse;

    /** Every series with its issues in any state (staff), or with only the issues readers can open ({@code live}). */
    @Transactional
    public List<SeriesView> all(boolean live) {
        Map<Long, Long> issues = live ? termUse.liveIssuesPerSeries() : termUse.issuesPerSeries();
        return DigestSeries.<DigestSeries> list("order by language, title").stream()
                .map(s -> SeriesView.of(s, issues.getOrDefault(s.id, 0L))).toList();
    }

    @Transactional
    public SeriesView byId(long id) {
        return view(find(id));
    }

    /** Creates a series ({@code id} null) or changes one; a slug another series of the edition has is refused. */
    @Transactional
    public SeriesView save(StaffMember who, Long id, SeriesInput input) {
        who.require(Roles.ADMIN, "Managing digest series");
        DigestSeries series = id == null ? new DigestSeries() : find(id);
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
        publicChange.fire(PublicChange.in(before, series.language, "series"));
        return view(series);
    }

    /** Deletes a series that has no issues; one with issues is refused (its digests would lose their numbering). */
    @Transactional
    public void delete(StaffMember who, long id) {
        who.require(Roles.ADMIN, "Managing digest series");
        DigestSeries series = find(id);
        long issues = termUse.issuesOf(id);
        if (issues > 0) {
            throw new ConflictException("“" + series.title + "” has " + issues + " issue(s); a series can be deleted only "
                    + "while it has none.");
        }
        series.delete();
        publicChange.fire(PublicChange.in(series.language, "series"));
    }

    private SeriesView view(DigestSeries series) {
        return SeriesView.of(series, termUse.issuesOf(series.id));
    }

    private static DigestSeries find(long id) {
        return DigestSeries.<DigestSeries> findByIdOptional(id)
                .orElseThrow(() -> new NotFoundException("No series has id " + id + "."));
    }
}
