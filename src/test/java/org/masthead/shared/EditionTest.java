package org.masthead.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

class EditionTest {

    @Test
    void theValidationPatternAndItsMessageNameExactlyTheEditions() {
        String codes = Arrays.stream(Edition.values()).map(Edition::code).collect(Collectors.joining("|"));
        assertThat(Edition.PATTERN).isEqualTo(codes);
        assertThat(Edition.PATTERN_MESSAGE).isEqualTo("must be one of " + codes.replace("|", ", "));
        assertThat(Edition.LANGUAGES).containsExactly("en", "ar", "fa", "sq").startsWith(Edition.ROOT);
    }

    @Test
    void onlyTheRootEditionAnswersWithoutAPrefixAndArabicAndPersianRunRightToLeft() {
        assertThat(Arrays.stream(Edition.values()).map(Edition::urlPrefix)).containsExactly("", "/ar", "/fa", "/sq");
        assertThat(Arrays.stream(Edition.values()).map(Edition::direction)).containsExactly("ltr", "rtl", "rtl", "ltr");
        assertThat(Edition.knownOrRoot("xx")).isEqualTo("en");
        assertThat(Edition.knownOrNull("fa")).isEqualTo("fa");
        assertThat(Edition.englishName("sq")).isEqualTo("Albanian");
    }
}
