package org.masthead.content;

import java.util.List;

/** The difference between two revisions: changed fields, and the body's text as line changes. */
public record RevisionComparison(int from, int to, List<FieldChange> fields, List<LineChange> bodyLines) {

    public record FieldChange(String field, Object before, Object after) {
    }

    /** type is CHANGE, DELETE or INSERT; line numbers count from 1. */
    public record LineChange(String type, int fromLine, List<String> removed, int toLine, List<String> added) {
    }
}
