package org.masthead.web.desk;

import java.util.LinkedHashMap;
import java.util.Map;

import org.masthead.shared.InvalidFieldsException;
import org.masthead.web.api.problem.ValidationProblemMapper;

import jakarta.validation.Validator;

/** The problems of one form submission, by field name, as the desk's templates show them next to each field. */
public final class FormErrors {

    private FormErrors() {
    }

    /** The annotation checks of {@code input}, named the way the API names them. */
    public static <T> Map<String, String> validate(Validator validator, T input) {
        Map<String, String> errors = new LinkedHashMap<>();
        validator.validate(input).forEach(violation ->
                errors.putIfAbsent(ValidationProblemMapper.fieldName(violation), violation.getMessage()));
        return errors;
    }

    /** Adds what a service refused, keeping any message a field already has. */
    public static void add(Map<String, String> errors, InvalidFieldsException refused) {
        refused.errors().forEach(error -> errors.putIfAbsent(error.field(), error.message()));
    }

    /** A whole number typed into {@code field}: null when left empty, an error kept in {@code errors} when not a number. */
    public static Long number(String field, String value, Map<String, String> errors) {
        return number(field, value, errors, "must be a number");
    }

    /** The same, with what to tell the editor when it is not a number ("must name a file in the library"). */
    public static Long number(String field, String value, Map<String, String> errors, String problem) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(value.strip());
        } catch (NumberFormatException e) {
            errors.put(field, problem);
            return null;
        }
    }
}
