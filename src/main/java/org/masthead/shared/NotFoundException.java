package org.masthead.shared;

/** Nothing by that id or address, or nothing this caller may see, which must look the same. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String message) {
        super(message);
    }
}
