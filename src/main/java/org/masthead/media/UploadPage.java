package org.masthead.media;

import java.util.List;

/** One page of the library, newest first; {@code next} is the id to continue before, or null on the last page. */
public record UploadPage(List<UploadView> items, Long next) {
}
