package org.masthead.mail;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.masthead.security.Roles;
import org.masthead.security.StaffMember;
import org.masthead.security.StaffSeen;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.ObservesAsync;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * The staff as the desk has seen them: Keycloak holds the accounts, and each person's name, address and roles are
 * written here when they use the desk or the API (at most once an hour per node), with the notifications they turned
 * off. A reviewer who has never signed in is not written to.
 */
@ApplicationScoped
public class StaffDirectory {

    /** The kinds of notification a person can turn off. */
    public static final List<String> KINDS = List.of("submitted", "changes-requested", "approved", "went-live", "comment-waiting");

    private static final Duration RECORD_EVERY = Duration.ofHours(1);

    private final EntityManager em;
    private final Clock clock;
    private final Map<String, Instant> recorded = new ConcurrentHashMap<>();

    StaffDirectory(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    public record Person(String username, String displayName, String email, Set<String> roles, Set<String> muted) {
        public boolean hears(String kind) {
            return email != null && !email.isBlank() && !muted.contains(kind);
        }
    }

    void seen(@ObservesAsync StaffSeen seen) {
        seen(seen.member());
    }

    /** Notes that {@code who} uses the desk now (their address and roles as their token says). */
    public void seen(StaffMember who) {
        Instant now = Instant.now(clock);
        Instant last = recorded.get(who.username());
        if (last != null && last.plus(RECORD_EVERY).isAfter(now)) {
            return;
        }
        recorded.put(who.username(), now);
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("INSERT INTO staff_person (username, display_name, email,"
                + " roles, last_seen_at) VALUES (?1, ?2, ?3, ?4, ?5) ON DUPLICATE KEY UPDATE display_name = VALUES(display_name),"
                + " email = VALUES(email), roles = VALUES(roles), last_seen_at = VALUES(last_seen_at)")
                .setParameter(1, who.username()).setParameter(2, who.displayName()).setParameter(3, who.email())
                .setParameter(4, String.join(",", who.roles())).setParameter(5, LocalDateTime.ofInstant(now, ZoneOffset.UTC))
                .executeUpdate());
    }

    @Transactional
    public Optional<Person> find(String username) {
        return people("WHERE username = ?1", username).stream().findFirst();
    }

    /** Everyone with the reviewer role (admins have it too). */
    public List<Person> reviewers() {
        return people("WHERE FIND_IN_SET(?1, roles) > 0", Roles.REVIEWER);
    }

    /** Turns the notification kinds in {@code muted} off for {@code username}, and every other kind on. */
    @Transactional
    public void mute(String username, Set<String> muted) {
        String value = KINDS.stream().filter(muted::contains).collect(Collectors.joining(","));
        em.createNativeQuery("UPDATE staff_person SET muted = ?1 WHERE username = ?2").setParameter(1, value)
                .setParameter(2, username).executeUpdate();
    }

    private List<Person> people(String where, Object parameter) {
        List<?> rows = em.createNativeQuery("SELECT username, display_name, email, roles, muted FROM staff_person " + where
                + " ORDER BY username").setParameter(1, parameter).getResultList();
        return rows.stream().map(row -> {
            Object[] cols = (Object[]) row;
            return new Person((String) cols[0], (String) cols[1], (String) cols[2], split((String) cols[3]), split((String) cols[4]));
        }).toList();
    }

    private static Set<String> split(String list) {
        return list == null || list.isBlank() ? Set.of() : Set.copyOf(Arrays.asList(list.split(",")));
    }
}
