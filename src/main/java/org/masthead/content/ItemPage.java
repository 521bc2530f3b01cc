package org.masthead.content;

import java.util.List;

/** One page of a listing; {@code next} is the cursor of the following page, absent on the last. */
public record ItemPage(List<ItemView> items, String next) {
}
