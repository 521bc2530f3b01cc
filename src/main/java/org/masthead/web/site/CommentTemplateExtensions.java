package org.masthead.web.site;

import io.quarkus.qute.TemplateExtension;

/** "N comments" in the edition's words and digits: {@code {frame.commentCount(post.comments)}}. */
@TemplateExtension
public class CommentTemplateExtensions {

    static String commentCount(SiteFrame frame, int count) {
        return PublicResponder.messages(frame.language()).comments(PluralForm.of(frame.language(), count), frame.num(count));
    }
}
