package org.masthead.wordpress;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** How a WordPress post body becomes Masthead's fields, on bodies shaped like the customer's posts. */
class WordPressBodyTest {

    private static WordPressBody.Result convert(String html) {
        return WordPressBody.convert(html, "https://old.example", path -> Optional.empty(), new HashMap<>());
    }

    @Test
    void aPostRepublishingTwoPiecesHasTwoSourcesEachWithItsOwnOutletAndDate() {
        WordPressBody.Result result = convert("""
                <p>Coastal Ledger, June 10 2017:… Volunteers measured the river.</p>
                <p>The report names forty sampling points.</p>
                <p><a href="https://coastal-ledger.example/river?a=1&amp;b=2">Link to the source</a></p>
                <p>Bayside Weekly, June 12, 2017:… The council answered.</p>
                <p><a href="https://bayside.example/answer">Link to the source</a></p>
                <p><a href="https://www.harbour-radio.example/clip">Link to the source</a></p>""");
        assertThat(result.sources()).containsExactly(
                new WordPressBody.Source("Coastal Ledger", "https://coastal-ledger.example/river?a=1&b=2", LocalDate.of(2017, 6, 10)),
                new WordPressBody.Source("Bayside Weekly", "https://bayside.example/answer", LocalDate.of(2017, 6, 12)),
                new WordPressBody.Source("harbour-radio.example", "https://www.harbour-radio.example/clip", null));
        assertThat(result.html()).doesNotContain("Link to the source").contains("The council answered.");
    }

    @Test
    void aPostWithoutASourceLinkHasNoSourceEvenWithAnOutletLikeTeaser() {
        assertThat(convert("<p>Coastal Ledger, June 10 2017:… Volunteers measured the river.</p>").sources()).isEmpty();
    }
}
