package org.masthead.web.site;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The reader's UI strings; the Arabic, Persian and Albanian texts are in messages/site_{ar,fa,sq}.properties. */
@MessageBundle(value = "site", locale = "en")
public interface SiteMessages {

    @Message("Skip to content")
    String skipToContent();

    @Message("Main menu")
    String mainMenu();

    @Message("Home")
    String home();

    @Message("Search")
    String search();

    @Message("Search the site")
    String searchLabel();

    @Message("Newer posts")
    String newerPosts();

    @Message("Older posts")
    String olderPosts();

    @Message("Recent posts")
    String recentPosts();

    @Message("Back to top")
    String backToTop();

    @Message("By {author}")
    String by(String author);

    @Message("By {author}, {outlet}")
    String byWithOutlet(String author, String outlet);

    @Message("Link to the source")
    String linkToSource();

    @Message("First published by {outlet} on {date}")
    String sourceLine(String outlet, String date);

    @Message("Also read")
    String alsoRead();

    @Message("Read the article")
    String readTheArticle();

    @Message("Share")
    String share();

    @Message("Share by email")
    String shareByEmail();

    @Message("Tags")
    String tags();

    @Message("Read in")
    String readIn();

    @Message("Category: {name}")
    String categoryHeading(String name);

    @Message("Tag: {name}")
    String tagHeading(String name);

    @Message("Articles")
    String articles();

    @Message("Media")
    String media();

    @Message("Publications")
    String publications();

    @Message("Cartoons")
    String cartoons();

    @Message("News pictures")
    String newsPictures();

    @Message("Photo galleries")
    String galleries();

    @Message("Videos")
    String videos();

    @Message("Books")
    String books();

    @Message("Newsletters")
    String newsletters();

    @Message("Briefs")
    String briefs();

    @Message("Download the PDF")
    String downloadPdf();

    @Message("Issue {issue}")
    String issue(String issue);

    @Message("ISBN {isbn}")
    String isbn(String isbn);

    @Message("Issue date: {date}")
    String issueDate(String date);

    @Message("All issues of {series}")
    String allIssues(String series);

    @Message("Nothing has been published here yet.")
    String nothingYet();

    @Message("Results for “{query}”")
    String resultsFor(String query);

    @Message("Nothing matched “{query}”. Try other words.")
    String noResults(String query);

    @Message("Type at least one word to search.")
    String emptySearch();

    @Message("Sort:")
    String sortBy();

    @Message("Newest first")
    String newestFirst();

    @Message("Best match")
    String bestMatch();

    @Message("Page not found")
    String notFoundTitle();

    @Message("There is nothing at this address. It may have been mistyped, or the piece is not published.")
    String notFoundText();

    @Message("This page is gone")
    String goneTitle();

    @Message("This piece was published here once and has since been withdrawn.")
    String goneText();

    @Message("Go to the front page")
    String goHome();

    @Message("That page number does not exist for this listing.")
    String badPage();

    @Message("Page {number}")
    String pageNumber(String number);

    @Message("Edition")
    String editions();

    @Message("Feed")
    String feed();

    @Message("Follow us")
    String followUs();

    @Message("Video")
    String video();

    @Message("Gallery")
    String gallery();

    // ---------------------------------------------------------------- comments

    /** "N comments", worded for the count's plural form; {@code n} is the count in the edition's digits. */
    @Message("{#when form}{#is ONE}{n} comment{#else}{n} comments{/when}")
    String comments(PluralForm form, String n);

    @Message("No comments yet.")
    String noCommentsYet();

    @Message("Leave a comment")
    String leaveComment();

    @Message("Comments appear once an editor has read them. Your email address is never shown.")
    String commentPolicy();

    @Message("Name")
    String commentName();

    @Message("Email (optional)")
    String commentEmail();

    @Message("Comment")
    String commentBody();

    @Message("(required)")
    String required();

    @Message("Leave this field empty")
    String honeypot();

    @Message("Post comment")
    String postComment();

    @Message("Thank you. Your comment awaits moderation and will appear here once an editor approves it.")
    String commentAwaiting();

    @Message("Reply")
    String reply();

    @Message("Reply to {author}")
    String replyTo(String author);

    @Message("in reply to {author}")
    String inReplyTo(String author);

    @Message("Replying to {author}")
    String replyingTo(String author);

    @Message("Write a comment of your own instead")
    String cancelReply();

    @Message("Your comment was not sent. Please correct what is marked below.")
    String commentRefused();

    @Message("Please enter your name.")
    String commentNameMissing();

    @Message("A name may be at most {max} characters long.")
    String commentNameTooLong(String max);

    @Message("This does not look like an email address. Correct it, or leave the field empty.")
    String commentEmailInvalid();

    @Message("Please write your comment.")
    String commentBodyMissing();

    @Message("Your comment is {length} characters long; a comment may have at most {max}.")
    String commentBodyTooLong(String length, String max);

    @Message("Please slow down")
    String tooManyTitle();

    @Message("You have sent several comments in a short time. Please wait a few minutes, then try again.")
    String tooManyText();

    @Message("Back in a moment")
    String unavailableTitle();

    @Message("This page cannot be shown just now. Please try again in a minute.")
    String unavailableText();
}
