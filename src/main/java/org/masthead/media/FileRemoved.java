package org.masthead.media;

/** An upload's file was deleted from the library (fired in the deleting transaction): shared caches must let it go too. */
public record FileRemoved(long uploadId) {
}
