package org.masthead.web.api.problem;

import org.masthead.shared.FieldError;
import java.util.Comparator;
import java.util.List;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Bean Validation failures become a 400 problem naming each bad field. */
public class ValidationProblemMapper {

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e, UriInfo uri) {
        List<FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new FieldError(fieldName(v), v.getMessage()))
                .sorted(Comparator.comparing(FieldError::field))
                .toList();
        String detail = errors.size() == 1 ? "1 field is invalid: " + errors.get(0).field()
                : errors.size() + " fields are invalid";
        return Problem.of(Response.Status.BAD_REQUEST, detail, uri.getPath()).withErrors(errors).toResponse();
    }

    /** The property path inside the request body ("related[1].url"), without the method and parameter. */
    public static String fieldName(ConstraintViolation<?> violation) {
        StringBuilder field = new StringBuilder();
        String lastName = "";
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() != ElementKind.PROPERTY && node.getKind() != ElementKind.CONTAINER_ELEMENT) {
                lastName = node.getName() == null ? lastName : node.getName();
                continue;
            }
            if (node.isInIterable() && node.getIndex() != null) {
                field.append('[').append(node.getIndex()).append(']');
            }
            String name = node.getName();
            if (name != null && !name.startsWith("<")) {
                field.append(field.length() == 0 ? "" : ".").append(name);
            }
        }
        return field.length() == 0 ? lastName : field.toString();
    }
}
