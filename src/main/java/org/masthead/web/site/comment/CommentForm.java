package org.masthead.web.site.comment;

import org.jboss.resteasy.reactive.RestForm;

/** The reader's comment form as posted; {@code website} is the honeypot, hidden from people and filled by bots. */
public class CommentForm {

    @RestForm
    public String name;

    @RestForm
    public String email;

    @RestForm
    public String comment;

    @RestForm
    public String website;

    /** The id of the approved comment this one answers, if any. */
    @RestForm
    public String replyTo;
}
