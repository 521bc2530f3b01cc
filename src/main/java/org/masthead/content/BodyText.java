package org.masthead.content;

import java.util.Arrays;
import java.util.List;

/** The readable text of a sanitized body, one block (paragraph, heading, list item…) a line, for diffs. */
public final class BodyText {

    private BodyText() {
    }

    public static List<String> lines(String html) {
        if (html == null || html.isBlank()) {
            return List.of();
        }
        String text = html
                .replaceAll("(?i)<br\\s*/?>", "\n")
                .replaceAll("(?i)</(p|h[1-6]|li|blockquote|figcaption|pre)>", "\n")
                .replaceAll("<[^>]+>", "")
                .replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#34;", "\"")
                .replace("&#39;", "'").replace("&nbsp;", " ").replace("&amp;", "&");
        return Arrays.stream(text.split("\n")).map(String::strip).filter(line -> !line.isEmpty()).toList();
    }
}
