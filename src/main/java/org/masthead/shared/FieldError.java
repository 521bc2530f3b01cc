package org.masthead.shared;

/** One bad field of a rejected input and what is wrong with it, as every face reports it. */
public record FieldError(String field, String message) {
}
