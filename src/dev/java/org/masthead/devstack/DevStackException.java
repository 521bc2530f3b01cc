package org.masthead.devstack;

/**
 * A development server could not be brought up. The message is meant to be read by a person as
 * one line: what failed and what to do about it, so callers log it without a stack trace.
 */
public class DevStackException extends RuntimeException {

    public DevStackException(String message) {
        super(message);
    }

    public DevStackException(String message, Throwable cause) {
        super(message, cause);
    }
}
