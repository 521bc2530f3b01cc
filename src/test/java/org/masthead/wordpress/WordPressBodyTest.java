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

    @Test
    void aDigestEntryKeepsItsParagraphsQuotesAndLinksAndAOneLineEntryStaysALine() {
        WordPressBody.Digest digest = WordPressBody.digest("""
                <p>This week in brief.</p>
                <p>++ Coastal Ledger: the council <em>approved</em> the budget.</p>
                <blockquote><p>We want to see the plans first.</p></blockquote>
                <p>Read <a href="https://ledger.example/a">the vote</a> and <a href="https://ledger.example/b">the plans</a>.</p>
                <p><strong>In English:</strong></p>
                <p>++ <a href="https://bayside.example/pier">Bayside Weekly on the pier</a>.</p>""").orElseThrow();
        assertThat(digest.intro()).isEqualTo("<p>This week in brief.</p>");
        assertThat(digest.sections()).extracting(WordPressBody.DigestSection::heading).containsExactly(null, "In English:");
        WordPressBody.DigestEntry rich = digest.sections().get(0).entries().get(0);
        assertThat(rich.outlet()).isEqualTo("Coastal Ledger");
        assertThat(rich.href()).isEqualTo("https://ledger.example/a");
        assertThat(rich.text()).startsWith("Coastal Ledger: the council approved the budget.").contains("We want to see the plans first.");
        assertThat(rich.html()).isEqualTo("""
                <p>Coastal Ledger: the council <em>approved</em> the budget.</p>
                <blockquote><p>We want to see the plans first.</p></blockquote>
                <p>Read <a href="https://ledger.example/a">the vote</a> and <a href="https://ledger.example/b">the plans</a>.</p>""");
        WordPressBody.DigestEntry line = digest.sections().get(1).entries().get(0);
        assertThat(line.html()).as("one line with one link says it all").isNull();
        assertThat(line.text()).isEqualTo("Bayside Weekly on the pier.");
        assertThat(line.href()).isEqualTo("https://bayside.example/pier");
    }
}
