package org.masthead.web.api.problem;

import org.masthead.shared.FieldError;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/** A body that is not JSON, or holds a value of the wrong type ("publishAt": "tomorrow"), answers 400 naming the field. */
public class MalformedBodyMapper {

    @ServerExceptionMapper({ JsonProcessingException.class, JsonParseException.class, JsonMappingException.class,
            MismatchedInputException.class, InvalidFormatException.class })
    public Response malformed(JsonProcessingException e, UriInfo uri) {
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = mapping.getPath().stream()
                    .map(ref -> ref.getFieldName() != null ? "." + ref.getFieldName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining()).replaceFirst("^\\.", "");
            String message = e instanceof InvalidFormatException invalid
                    ? "cannot read " + quote(invalid.getValue()) + " as " + invalid.getTargetType().getSimpleName()
                    : "has the wrong type";
            return Problem.of(Response.Status.BAD_REQUEST, "1 field is invalid: " + field, uri.getPath())
                    .withErrors(List.of(new FieldError(field, message))).toResponse();
        }
        return Problem.of(Response.Status.BAD_REQUEST, "The request body is not valid JSON.", uri.getPath()).toResponse();
    }

    private static String quote(Object value) {
        return value instanceof String text ? "\"" + text + "\"" : String.valueOf(value);
    }
}
