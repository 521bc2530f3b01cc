package org.masthead.content;

import org.masthead.shared.ContentKind;
import org.masthead.shared.Edition;
import java.util.List;
import java.util.Optional;

import org.masthead.shared.InvalidFieldsException;
import org.masthead.security.Roles;
import org.masthead.security.StaffMember;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/**
 * Starting a translation: a new draft in another edition, linked to the source's translation
 * group, with what carries over between languages (title to translate, byline, source, featured
 * image and a media item's or publication's files). Text, category and tags are the translator's.
 */
@ApplicationScoped
public class Translations {

    private final ContentService content;

    Translations(ContentService content) {
        this.content = content;
    }

    @Transactional
    public ItemView start(ContentKind kind, long sourceId, String language, StaffMember who) {
        who.require(Roles.EDITOR, "Translating content");
        if (kind == ContentKind.DIGEST) {
            // A digest's series and number belong to one edition; its translation is composed like a new digest.
            throw InvalidFieldsException.of("language", "a digest is translated by composing one in its edition");
        }
        if (language == null || !Edition.LANGUAGES.contains(language)) {
            throw InvalidFieldsException.of("language", "must be one of " + String.join(", ", Edition.LANGUAGES));
        }
        ItemView source = content.read(kind, sourceId, Optional.of(who));
        return content.create(kind, who, new ItemInput(null, source.title(), language, null, null, null, null, List.of(),
                source.byline(), source.sources(), List.of(), null, null, source.id(), source.featuredImageId(), null,
                source.media(), source.publication()));
    }
}
