package org.masthead.shared;

import java.util.List;

/** Input that passed its annotations but not the rules that need the database or the clock. */
public class InvalidFieldsException extends RuntimeException {

    private final List<FieldError> errors;

    public InvalidFieldsException(List<FieldError> errors) {
        super(errors.size() == 1 ? "1 field is invalid: " + errors.get(0).field() : errors.size() + " fields are invalid");
        this.errors = List.copyOf(errors);
    }

    public static InvalidFieldsException of(String field, String message) {
        return new InvalidFieldsException(List.of(new FieldError(field, message)));
    }

    public List<FieldError> errors() {
        return errors;
    }
}
