package org.masthead.content;

import org.masthead.shared.FieldError;
import org.masthead.shared.ContentKind;
import java.util.List;
import java.util.Locale;

import org.masthead.shared.Text;
import org.masthead.shared.Urls;
import org.masthead.media.Upload;
import org.masthead.taxonomy.DigestSeries;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * The fields only some kinds have (a digest's series and sections, a media item's images or video,
 * a publication's cover and PDF): checked against their kind, the series and the media library,
 * and read from and written to the item row.
 */
@ApplicationScoped
public class KindFields {

    private static final TypeReference<List<Long>> IDS = new TypeReference<>() {
    };
    private static final TypeReference<List<DigestContent.Section>> SECTIONS = new TypeReference<>() {
    };

    private final ObjectMapper json;
    private final ContentConfig config;

    private final BodySanitizer sanitizer;

    KindFields(ObjectMapper json, ContentConfig config, BodySanitizer sanitizer) {
        this.json = json;
        this.config = config;
        this.sanitizer = sanitizer;
    }

    /** A section as stored: entry bodies sanitized like item bodies, and a line for each entry that only has a body. */
    private DigestContent.Section sanitized(DigestContent.Section section) {
        return new DigestContent.Section(section.heading(), section.items().stream().map(entry -> {
            String body = entry.body() == null || entry.body().isBlank() ? null : sanitizer.sanitize(entry.body());
            String text = entry.text() != null && !entry.text().isBlank() ? entry.text().strip()
                    : line(String.join(" ", BodyText.lines(body)));
            return new DigestContent.Entry(text, Text.blankToNull(entry.outlet()), entry.itemId(), Text.blankToNull(entry.url()),
                    body);
        }).toList());
    }

    /** The first 1,000 characters of {@code text}, cut at a word where there is one. */
    private static String line(String text) {
        if (text.length() <= 1000) {
            return text;
        }
        int space = text.lastIndexOf(' ', 999);
        return text.substring(0, space > 800 ? space : 999) + "…";
    }

    /** Checks the kind's own fields of {@code input} for item {@code itemId} (null while being created). */
    void check(ContentKind kind, ItemInput input, Long itemId, List<FieldError> errors) {
        checkDigest(kind, input.language(), input.digest(), itemId, errors);
        MediaContent media = input.media();
        PublicationContent publication = input.publication();
        if (kind != ContentKind.MEDIA && media != null) {
            errors.add(new FieldError("media", "only media items have media fields"));
        }
        if (kind != ContentKind.PUBLICATION && publication != null) {
            errors.add(new FieldError("publication", "only publications have publication fields"));
        }
        if (kind == ContentKind.MEDIA) {
            checkMedia(media, errors);
        }
        if (kind == ContentKind.PUBLICATION) {
            checkPublication(publication, errors);
        }
    }

    /** A digest needs its series, a number not yet used in it, and entries that link to real items. */
    private void checkDigest(ContentKind kind, String language, DigestContent digest, Long itemId,
            List<FieldError> errors) {
        if (kind != ContentKind.DIGEST) {
            if (digest != null) {
                errors.add(new FieldError("digest", "only digests have digest fields"));
            }
            return;
        }
        if (digest == null) {
            errors.add(new FieldError("digest", "a digest needs its series, number, issue date and sections"));
            return;
        }
        DigestSeries series = DigestSeries.findById(digest.seriesId());
        if (series == null) {
            errors.add(new FieldError("digest.seriesId", "no series has id " + digest.seriesId()));
        } else if (!series.language.equals(language)) {
            errors.add(new FieldError("digest.seriesId", "belongs to the " + series.language + " edition"));
        } else if (ContentItem.count("seriesId = ?1 and issueNumber = ?2 and id <> ?3", digest.seriesId(), digest.number(),
                itemId == null ? -1L : itemId) > 0) {
            errors.add(new FieldError("digest.number", "issue " + digest.number() + " of " + series.title + " already exists"));
        }
        for (int s = 0; s < digest.sections().size(); s++) {
            List<DigestContent.Entry> entries = digest.sections().get(s).items();
            for (int e = 0; e < entries.size(); e++) {
                Long target = entries.get(e).itemId();
                if (target != null && ContentItem.findById(target) == null) {
                    errors.add(new FieldError("digest.sections[" + s + "].items[" + e + "].itemId", "no item has id " + target));
                }
                DigestContent.Entry entry = entries.get(e);
                if ((entry.text() == null || entry.text().isBlank()) && entry.body() != null && !entry.body().isBlank()
                        && BodyText.lines(sanitizer.sanitize(entry.body())).isEmpty()) {
                    errors.add(new FieldError("digest.sections[" + s + "].items[" + e + "].body",
                            "has no text readers could see once unsafe markup is removed"));
                }
            }
        }
    }

    private void checkMedia(MediaContent media, List<FieldError> errors) {
        if (media == null) {
            errors.add(new FieldError("media", "a media item needs its type and images or video"));
            return;
        }
        List<Long> images = media.imageIds() == null ? List.of() : media.imageIds();
        switch (media.type()) {
            case CARTOON, NEWS_PICTURE -> {
                if (images.size() != 1) {
                    errors.add(new FieldError("media.imageIds", "a " + media.type().name().toLowerCase(Locale.ROOT).replace('_', ' ')
                            + " has exactly one image"));
                }
            }
            case GALLERY -> {
                if (images.isEmpty()) {
                    errors.add(new FieldError("media.imageIds", "a gallery needs at least one image"));
                }
            }
            case VIDEO -> {
                if (!Urls.isEmbed(media.videoUrl(), config.embedHosts())) {
                    errors.add(new FieldError("media.videoUrl", "must be an https embed URL from " + String.join(", ", config.embedHosts())));
                }
            }
        }
        if (media.type() != MediaContent.Type.VIDEO && Text.blankToNull(media.videoUrl()) != null) {
            // the page embeds a player only for a video; a URL elsewhere would be stored and never shown
            errors.add(new FieldError("media.videoUrl", "only a video has a video URL"));
        }
        for (int i = 0; i < images.size(); i++) {
            Upload upload = Upload.findById(images.get(i));
            if (upload == null || !upload.isImage()) {
                errors.add(new FieldError("media.imageIds[" + i + "]", "no image upload has id " + images.get(i)));
            }
        }
    }

    private static void checkPublication(PublicationContent publication, List<FieldError> errors) {
        if (publication == null) {
            errors.add(new FieldError("publication", "a publication needs its type"));
            return;
        }
        if (publication.coverImageId() != null) {
            Upload cover = Upload.findById(publication.coverImageId());
            if (cover == null || !cover.isImage()) {
                errors.add(new FieldError("publication.coverImageId", "no image upload has id " + publication.coverImageId()));
            }
        }
        if (publication.pdfId() != null) {
            Upload pdf = Upload.findById(publication.pdfId());
            if (pdf == null || !"application/pdf".equals(pdf.contentType)) {
                errors.add(new FieldError("publication.pdfId", "no PDF upload has id " + publication.pdfId()));
            }
        }
        if (publication.type() != PublicationContent.Type.BOOK && (publication.issue() == null || publication.issue().isBlank())) {
            errors.add(new FieldError("publication.issue", "a newsletter or brief needs its issue number"));
        }
        if (publication.isbn() != null && !publication.isbn().isBlank() && !Isbn.isValid(publication.isbn())) {
            errors.add(new FieldError("publication.isbn", "is not a valid ISBN-10 or ISBN-13"));
        }
    }

    void write(ContentItem item, ItemInput input) {
        DigestContent digest = input.digest();
        item.seriesId = digest == null ? null : digest.seriesId();
        item.issueNumber = digest == null ? null : digest.number();
        item.issueDate = digest == null ? null : digest.issueDate();
        item.digestSections = digest == null ? null : toJson(digest.sections().stream().map(this::sanitized).toList());
        MediaContent media = input.media();
        PublicationContent publication = input.publication();
        item.mediaType = media == null ? null : media.type();
        item.mediaImages = media == null || media.imageIds() == null || media.imageIds().isEmpty() ? null : toJson(media.imageIds());
        item.videoUrl = media == null ? null : Text.blankToNull(media.videoUrl());
        item.publicationType = publication == null ? null : publication.type();
        item.coverImageId = publication == null ? null : publication.coverImageId();
        item.pdfId = publication == null ? null : publication.pdfId();
        item.publicationIssue = publication == null || publication.issue() == null || publication.issue().isBlank() ? null
                : publication.issue().strip();
        item.isbn = publication == null || publication.isbn() == null || publication.isbn().isBlank() ? null
                : publication.isbn().replaceAll("[\\s-]", "");
    }

    public DigestContent digest(ContentItem item) {
        if (item.seriesId == null) {
            return null;
        }
        try {
            return new DigestContent(item.seriesId, item.issueNumber, item.issueDate,
                    item.digestSections == null ? List.of() : json.readValue(item.digestSections, SECTIONS));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Digest sections of item " + item.id + " are not readable", e);
        }
    }

    public MediaContent media(ContentItem item) {
        if (item.mediaType == null) {
            return null;
        }
        try {
            return new MediaContent(item.mediaType, item.mediaImages == null ? List.of() : json.readValue(item.mediaImages, IDS),
                    item.videoUrl);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Media images of item " + item.id + " are not readable", e);
        }
    }

    public PublicationContent publication(ContentItem item) {
        return item.publicationType == null ? null
                : new PublicationContent(item.publicationType, item.coverImageId, item.pdfId, item.publicationIssue, item.isbn);
    }

    private String toJson(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** ISBN-10 and ISBN-13 check digits. */
    static final class Isbn {
        private Isbn() {
        }

        static boolean isValid(String raw) {
            String isbn = raw.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
            if (isbn.matches("\\d{9}[\\dX]")) {
                int sum = 0;
                for (int i = 0; i < 10; i++) {
                    int digit = isbn.charAt(i) == 'X' ? 10 : isbn.charAt(i) - '0';
                    sum += digit * (10 - i);
                }
                return sum % 11 == 0;
            }
            if (isbn.matches("\\d{13}")) {
                int sum = 0;
                for (int i = 0; i < 13; i++) {
                    sum += (isbn.charAt(i) - '0') * (i % 2 == 0 ? 1 : 3);
                }
                return sum % 10 == 0;
            }
            return false;
        }
    }
}
