package org.masthead.web.desk.library;

import java.util.Locale;

import org.masthead.media.Upload;
import org.masthead.media.UploadView;

import io.quarkus.qute.TemplateExtension;
import java.util.List;

/** View-only helpers for showing uploads on the desk. */
@TemplateExtension
public class LibraryTemplateExtensions {

    static boolean isImage(UploadView upload) {
        return Upload.isImage(upload.contentType());
    }

    /** "240 KB", "3.1 MB". */
    static String sizeLabel(UploadView upload) {
        long bytes = upload.size();
        if (bytes < 1024 * 1024) {
            return Math.max(1, Math.round(bytes / 1024.0)) + " KB";
        }
        return String.format(Locale.ROOT, "%.1f MB", bytes / 1048576.0);
    }

    /** "JPEG", "PNG", "GIF", "PDF". */
    static String typeLabel(UploadView upload) {
        return upload.contentType().substring(upload.contentType().indexOf('/') + 1).toUpperCase(Locale.ROOT);
    }

    /** Whether this upload is among the ids a form holds as text. */
    static boolean in(UploadView upload, List<String> ids) {
        return ids != null && ids.stream().anyMatch(id -> is(upload, id));
    }

    /** Whether this upload is the one a form field holds as text. */
    static boolean is(UploadView upload, String value) {
        return value != null && value.strip().equals(Long.toString(upload.id()));
    }
}
