package org.masthead.content;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** "By Simon Tisdall" or "By Adam Garrie, The Duran". */
public record Byline(@NotBlank @Size(max = 200) String author, @Size(max = 200) String outlet) {
}
