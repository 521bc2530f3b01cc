package org.masthead.api.problem;

import java.util.Comparator;
import java.util.List;
import java.util.stream.StreamSupport;

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
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(fieldName(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        String detail = errors.size() == 1 ? "1 field is invalid: " + errors.get(0).field()
                : errors.size() + " fields are invalid";
        return Problem.of(Response.Status.BAD_REQUEST, detail, uri.getPath()).withErrors(errors).toResponse();
    }

    /** The property path inside the request body ("byline.author"), without the method and parameter. */
    static String fieldName(ConstraintViolation<?> violation) {
        List<String> properties = StreamSupport.stream(violation.getPropertyPath().spliterator(), false)
                .filter(node -> node.getKind() == ElementKind.PROPERTY || node.getKind() == ElementKind.CONTAINER_ELEMENT)
                .map(Path.Node::getName)
                .filter(name -> name != null && !name.startsWith("<"))
                .toList();
        if (!properties.isEmpty()) {
            return String.join(".", properties);
        }
        Path.Node last = null;
        for (Path.Node node : violation.getPropertyPath()) {
            last = node;
        }
        return last == null ? "" : last.getName();
    }
}
