package org.masthead.security;

import java.util.List;

/**
 * The Keycloak realm roles Masthead knows. Masthead itself decides that reviewer includes editor and admin includes
 * reviewer ({@link RoleHierarchy}), whatever the realm does, so a check names the least role that may do a thing.
 */
public final class Roles {

    public static final String EDITOR = "editor";
    public static final String REVIEWER = "reviewer";
    public static final String ADMIN = "admin";

    /** Every staff role, most powerful last. */
    public static final List<String> ALL = List.of(EDITOR, REVIEWER, ADMIN);

    private Roles() {
    }

    /** The role and every role it includes: admin → admin, reviewer, editor. */
    public static List<String> withIncluded(String role) {
        int rank = ALL.indexOf(role);
        return rank < 0 ? List.of(role) : ALL.subList(0, rank + 1);
    }
}
