package org.masthead.security;

import java.util.List;

/**
 * The Keycloak realm roles Masthead knows. In the realm, reviewer includes editor and admin
 * includes reviewer, so a check names the least role that may do a thing.
 */
public final class Roles {

    public static final String EDITOR = "editor";
    public static final String REVIEWER = "reviewer";
    public static final String ADMIN = "admin";

    /** Every staff role, most powerful last. */
    public static final List<String> ALL = List.of(EDITOR, REVIEWER, ADMIN);

    private Roles() {
    }
}
