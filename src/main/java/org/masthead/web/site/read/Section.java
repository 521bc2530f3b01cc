package org.masthead.web.site.read;

import java.util.List;

/** A category with the ids of itself and every category nested under it: its listing shows theirs too. */
public record Section(String name, List<Long> ids) {
}
