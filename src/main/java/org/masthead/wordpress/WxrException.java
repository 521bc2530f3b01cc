package org.masthead.wordpress;

/** A WordPress export that cannot be read, with a sentence saying why. */
public class WxrException extends RuntimeException {

    public WxrException(String message) {
        super(message);
    }
}
