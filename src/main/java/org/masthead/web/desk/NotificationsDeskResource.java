package org.masthead.web.desk;

import java.net.URI;
import java.util.List;
import java.util.Set;

import org.jboss.resteasy.reactive.RestForm;
import org.masthead.mail.Outbox;
import org.masthead.mail.StaffDirectory;
import org.masthead.security.CurrentStaff;
import org.masthead.security.Roles;
import org.masthead.security.StaffMember;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

/** Each person chooses which editorial emails they get: every kind is on until they turn it off here. */
@Path("/admin/me/notifications")
@RolesAllowed(Roles.EDITOR)
public class NotificationsDeskResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance notifications(StaffMember me, List<String> kinds, Set<String> muted, String email,
                boolean enabled, boolean saved);
    }

    private final StaffDirectory directory;
    private final Outbox outbox;
    private final CurrentStaff staff;

    NotificationsDeskResource(StaffDirectory directory, Outbox outbox, CurrentStaff staff) {
        this.directory = directory;
        this.outbox = outbox;
        this.staff = staff;
    }

    @GET
    public TemplateInstance show(@QueryParam("saved") String saved) {
        StaffMember me = staff.required();
        directory.seen(me);
        Set<String> muted = directory.find(me.username()).map(StaffDirectory.Person::muted).orElse(Set.of());
        return Templates.notifications(me, StaffDirectory.KINDS, muted, me.email(), outbox.enabled(), saved != null);
    }

    /** The kinds ticked stay on; the others go off. Unknown names are ignored. */
    @POST
    public Response save(@RestForm("on") List<String> on) {
        StaffMember me = staff.required();
        directory.seen(me);
        Set<String> kept = on == null ? Set.of() : Set.copyOf(on);
        directory.mute(me.username(), Set.copyOf(StaffDirectory.KINDS.stream().filter(k -> !kept.contains(k)).toList()));
        return Response.seeOther(URI.create("/admin/me/notifications?saved=1")).build();
    }
}
