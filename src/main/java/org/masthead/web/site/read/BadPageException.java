package org.masthead.web.site.read;


/** A page parameter or cursor this site never gave out. */
public class BadPageException extends RuntimeException {
    BadPageException() {
        super("Not a page of this listing", null, false, false);
    }
}
