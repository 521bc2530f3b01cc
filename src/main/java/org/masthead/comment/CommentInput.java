package org.masthead.comment;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What a reader typed into the comment form, tidied: trimmed, line breaks as \n, control characters
 * dropped. The body stays plain text; pages escape it and keep its line breaks.
 */
public record CommentInput(String authorName, String authorEmail, String body) {

    public static final int MAX_NAME = 100;
    public static final int MAX_EMAIL = 254;
    public static final int MAX_BODY = 3000;

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+");
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\n\\t]]");

    /** Each refused field and why; the public site words them in the reader's language. */
    public enum Problem {
        NAME_MISSING, NAME_TOO_LONG, EMAIL_INVALID, BODY_MISSING, BODY_TOO_LONG
    }

    public static CommentInput of(String name, String email, String body) {
        String text = body == null ? "" : CONTROL.matcher(body.replace("\r\n", "\n").replace('\r', '\n')).replaceAll("");
        text = text.strip().replaceAll("\n[ \t]*\n(?:[ \t]*\n)+", "\n\n");
        return new CommentInput(oneLine(name), oneLine(email), text);
    }

    private static String oneLine(String value) {
        return value == null ? "" : CONTROL.matcher(value.replace('\n', ' ').replace('\r', ' ')).replaceAll("").strip();
    }

    /** The refused fields by form field name ({@code name}, {@code email}, {@code comment}); empty when acceptable. */
    public Map<String, Problem> problems() {
        Map<String, Problem> problems = new LinkedHashMap<>();
        if (authorName.isEmpty()) {
            problems.put("name", Problem.NAME_MISSING);
        } else if (length(authorName) > MAX_NAME) {
            problems.put("name", Problem.NAME_TOO_LONG);
        }
        if (!authorEmail.isEmpty() && (authorEmail.length() > MAX_EMAIL || !EMAIL.matcher(authorEmail).matches())) {
            problems.put("email", Problem.EMAIL_INVALID);
        }
        if (body.isEmpty()) {
            problems.put("comment", Problem.BODY_MISSING);
        } else if (bodyLength() > MAX_BODY) {
            problems.put("comment", Problem.BODY_TOO_LONG);
        }
        return problems;
    }

    /** The body's length in characters as a reader counts them (an emoji is one). */
    public int bodyLength() {
        return length(body);
    }

    private static int length(String text) {
        return text.codePointCount(0, text.length());
    }
}
