package org.masthead.comment;

import java.util.List;

/** One page of the moderation queue; {@code next} is the cursor of the following page, absent on the last. */
public record CommentPage(List<CommentView> items, String next) {
}
