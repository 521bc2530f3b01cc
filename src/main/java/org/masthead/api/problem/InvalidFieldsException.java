package org.masthead.api.problem;

import java.util.List;

/** Input that passed its annotations but not the rules that need the database or the clock. */
public class InvalidFieldsException extends RuntimeException {

    private final List<Problem.FieldError> errors;

    public InvalidFieldsException(List<Problem.FieldError> errors) {
        super(errors.size() == 1 ? "1 field is invalid: " + errors.get(0).field() : errors.size() + " fields are invalid");
        this.errors = List.copyOf(errors);
    }

    public static InvalidFieldsException of(String field, String message) {
        return new InvalidFieldsException(List.of(new Problem.FieldError(field, message)));
    }

    public List<Problem.FieldError> errors() {
        return errors;
    }
}
