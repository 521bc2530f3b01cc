package org.masthead.web.desk.library;

import java.util.List;

import org.masthead.media.UploadService;
import org.masthead.media.UploadView;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.masthead.content.ContentConfig;

/**
 * What the item editor's upload pickers offer, read while the page renders
 * ({@code {inject:library.recentImages}}), so that the editor's own resource need not fetch it.
 */
@Named("library")
@RequestScoped
public class LibraryChoices {

    /** How many of the newest files a picker offers before pointing to the library's search. */
    static final int RECENT = 12;

    @Inject
    UploadService uploads;

    @Inject
    ContentConfig content;

    private List<UploadView> recentImages;
    private List<UploadView> recentPdfs;

    public List<UploadView> getRecentImages() {
        if (recentImages == null) {
            recentImages = uploads.browse(null, "image", null, RECENT).items();
        }
        return recentImages;
    }

    public List<UploadView> getRecentPdfs() {
        if (recentPdfs == null) {
            recentPdfs = uploads.browse(null, "pdf", null, RECENT).items();
        }
        return recentPdfs;
    }

    /** The upload a form field holds as text, or null when it is empty or names no upload. */
    public UploadView find(String id) {
        if (id == null || !id.strip().matches("\\d{1,18}")) {
            return null;
        }
        return uploads.lookup(Long.parseLong(id.strip())).orElse(null);
    }

    /** The media editor's hint for a video: the hosts its embed URL may point to. */
    public String getVideoHint() {
        return "Videos only: the player's https embed URL from " + String.join(", ", content.embedHosts()) + ".";
    }
}
