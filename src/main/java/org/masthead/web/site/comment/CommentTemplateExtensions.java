package org.masthead.web.site.comment;

import io.quarkus.qute.TemplateExtension;
import org.masthead.web.site.SiteFrame;
import org.masthead.web.site.PluralForm;
import org.masthead.web.site.PublicResponder;

/** "N comments" in the edition's words and digits: {@code {frame.commentCount(post.comments)}}. */
@TemplateExtension
public class CommentTemplateExtensions {

    static String commentCount(SiteFrame frame, int count) {
        return PublicResponder.messages(frame.language()).comments(PluralForm.of(frame.language(), count), frame.num(count));
    }
}
