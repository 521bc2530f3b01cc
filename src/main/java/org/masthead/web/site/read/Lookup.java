package org.masthead.web.site.read;

import org.masthead.web.site.read.ReaderViews.Item;

/** The answer to a reader's address: the item, where it moved, that it is gone, or nothing. */
public sealed interface Lookup {
    record Found(Item item) implements Lookup {
    }

    record Moved(String href) implements Lookup {
    }

    /** The address once showed a live item that is no longer published. */
    record Gone() implements Lookup {
    }

    record Missing() implements Lookup {
    }
}
