package org.masthead.content;

import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.enterprise.context.ApplicationScoped;

/** Reads and writes a digest's fields on its item (the sections are kept as JSON). */
@ApplicationScoped
public class DigestCodec {

    private static final TypeReference<List<DigestContent.Section>> SECTIONS = new TypeReference<>() {
    };

    private final ObjectMapper json;

    DigestCodec(ObjectMapper json) {
        this.json = json;
    }

    public DigestContent read(ContentItem item) {
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

    void write(ContentItem item, DigestContent digest) {
        item.seriesId = digest == null ? null : digest.seriesId();
        item.issueNumber = digest == null ? null : digest.number();
        item.issueDate = digest == null ? null : digest.issueDate();
        try {
            item.digestSections = digest == null ? null : json.writeValueAsString(digest.sections());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write digest sections", e);
        }
    }
}
