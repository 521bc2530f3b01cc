package org.masthead.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;

/** Roles as a realm with flat roles issues them: each person carries only the one role they were given. */
class RoleHierarchyTest {

    private static QuarkusSecurityIdentity flat(String role) {
        return QuarkusSecurityIdentity.builder().setPrincipal(new QuarkusPrincipal("someone")).addRole(role).build();
    }

    @Test
    void aReviewerMayDoWhatAnEditorMayAndAnAdminWhatAReviewerMay() {
        assertThat(RoleHierarchy.withIncludedRoles(flat("reviewer")).getRoles()).containsExactlyInAnyOrder("reviewer", "editor");
        assertThat(RoleHierarchy.withIncludedRoles(flat("admin")).getRoles())
                .containsExactlyInAnyOrder("admin", "reviewer", "editor");
        assertThat(RoleHierarchy.withIncludedRoles(flat("editor")).getRoles()).containsExactly("editor");
        assertThat(RoleHierarchy.withIncludedRoles(flat("offline_access")).getRoles()).containsExactly("offline_access");
    }
}
