package org.masthead.web.desk.item;

import static org.masthead.shared.Text.blankToNull;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.masthead.content.ItemView;
import org.masthead.content.MediaContent;
import org.masthead.content.PublicationContent;
import org.masthead.web.desk.FormErrors;

/**
 * The editor's upload fields (featured image, a media item's images or video, a publication's cover,
 * PDF, issue and ISBN) between {@link ItemForm}'s text and the content model. A field the form did not
 * send keeps what the item has, so kinds whose editor lacks it lose nothing.
 */
final class UploadFields {

    private UploadFields() {
    }

    static void fill(ItemForm form, ItemView item) {
        form.featuredImageId = item.featuredImageId() == null ? "" : item.featuredImageId().toString();
        MediaContent media = item.media();
        if (media != null) {
            form.mediaType = media.type().name();
            form.mediaImageIds = new ArrayList<>(media.imageIds() == null ? List.of()
                    : media.imageIds().stream().map(String::valueOf).toList());
            form.mediaImagePositions = positions(form.mediaImageIds.size());
            form.videoUrl = media.videoUrl();
        }
        PublicationContent publication = item.publication();
        if (publication != null) {
            form.publicationType = publication.type().name();
            form.coverImageId = publication.coverImageId() == null ? "" : publication.coverImageId().toString();
            form.pdfId = publication.pdfId() == null ? "" : publication.pdfId().toString();
            form.publicationIssue = publication.issue();
            form.isbn = publication.isbn();
        }
    }

    /** Fills in a file chosen on the library's pick page (not saved until the editor is). */
    static void pick(ItemForm form, String field, String upload) {
        if (field == null || upload == null || !upload.matches("\\d{1,18}")) {
            return;
        }
        switch (field) {
            case "featuredImageId" -> form.featuredImageId = upload;
            case "coverImageId" -> form.coverImageId = upload;
            case "pdfId" -> form.pdfId = upload;
            case "mediaImageAdd" -> {
                List<String> ids = form.mediaImageIds == null ? new ArrayList<>() : new ArrayList<>(form.mediaImageIds);
                if (!ids.contains(upload)) {
                    ids.add(upload);
                }
                form.mediaImageIds = ids;
                form.mediaImagePositions = positions(ids.size());
            }
            default -> {
                return;
            }
        }
        form.picked = field;
    }

    static Long featuredImage(ItemForm form, Map<String, String> errors, ItemView current) {
        if (form.featuredImageId == null) {
            return current == null ? null : current.featuredImageId();
        }
        return id("featuredImageId", form.featuredImageId, errors);
    }

    /**
     * A media item's fields. The images are the listed ones sorted by the positions typed next to them,
     * without the removed ones, then the added ones; the form is rewritten to that order so that a
     * refused save shows the images as they would have been saved.
     */
    static MediaContent media(ItemForm form, Map<String, String> errors, ItemView current) {
        if (form.mediaType == null) {
            return current == null ? null : current.media();
        }
        MediaContent.Type type = null;
        try {
            type = MediaContent.Type.valueOf(form.mediaType.strip());
        } catch (IllegalArgumentException e) {
            errors.put("media.type", "choose cartoon, news picture, gallery or video");
        }
        List<String> listed = form.mediaImageIds == null ? List.of() : form.mediaImageIds;
        List<String> typed = form.mediaImagePositions == null ? List.of() : form.mediaImagePositions;
        record Placed(String id, double position) {
        }
        List<Placed> placed = new ArrayList<>();
        for (int i = 0; i < listed.size(); i++) {
            String position = i < typed.size() ? typed.get(i).strip() : "";
            double at = i + 1;
            if (!position.isEmpty()) {
                try {
                    // A moved image lands just past the one holding that place, so "1" makes it first, "3" third.
                    int wanted = Integer.parseInt(position);
                    at = wanted + (wanted > i + 1 ? 0.5 : wanted < i + 1 ? -0.5 : 0);
                } catch (NumberFormatException e) {
                    errors.put("media.imageIds", "positions must be whole numbers");
                }
            }
            placed.add(new Placed(listed.get(i).strip(), at));
        }
        placed.sort(Comparator.comparingDouble(Placed::position));
        List<String> removed = form.mediaImageRemove == null ? List.of() : form.mediaImageRemove;
        List<String> ids = new ArrayList<>();
        placed.stream().map(Placed::id).filter(id -> !removed.contains(id) && !ids.contains(id)).forEach(ids::add);
        if (form.mediaImageAdd != null) {
            form.mediaImageAdd.stream().map(String::strip).filter(id -> !id.isEmpty() && !ids.contains(id)).forEach(ids::add);
        }
        List<Long> imageIds = new ArrayList<>();
        for (String id : ids) {
            Long value = id("media.imageIds", id, errors);
            if (value != null) {
                imageIds.add(value);
            }
        }
        form.mediaImageIds = ids;
        form.mediaImagePositions = positions(ids.size());
        form.mediaImageRemove = List.of();
        form.mediaImageAdd = List.of();
        return new MediaContent(type, imageIds, blankToNull(form.videoUrl));
    }

    static PublicationContent publication(ItemForm form, Map<String, String> errors, ItemView current) {
        if (form.publicationType == null) {
            return current == null ? null : current.publication();
        }
        PublicationContent.Type type = null;
        try {
            type = PublicationContent.Type.valueOf(form.publicationType.strip());
        } catch (IllegalArgumentException e) {
            errors.put("publication.type", "choose book, newsletter or brief");
        }
        return new PublicationContent(type, id("publication.coverImageId", form.coverImageId, errors),
                id("publication.pdfId", form.pdfId, errors), blankToNull(form.publicationIssue), blankToNull(form.isbn));
    }

    private static List<String> positions(int count) {
        List<String> positions = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            positions.add(Integer.toString(i));
        }
        return positions;
    }

    private static Long id(String field, String value, Map<String, String> errors) {
        return FormErrors.number(field, value, errors, "must name a file in the library");
    }
}
