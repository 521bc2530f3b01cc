package org.masthead.shared;

/** The request is valid but the item's state does not allow it now (e.g. approving a draft): 409. */
public class ConflictException extends RuntimeException {

    public ConflictException(String message) {
        super(message);
    }
}
