package org.masthead.content;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.masthead.shared.Urls;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Keeps the markup an article needs and nothing that can run: paragraphs, headings, lists,
 * quotes, links with safe schemes, emphasis, figures with images and captions, and video embeds
 * from the configured hosts. Applied on every save, so what is stored is already safe.
 */
@ApplicationScoped
public class BodySanitizer {

    private static final Pattern NUMBER = Pattern.compile("\\d{1,4}");

    private final PolicyFactory policy;

    BodySanitizer(ContentConfig config) {
        Set<String> embedHosts = Set.copyOf(config.embedHosts());
        policy = new HtmlPolicyBuilder()
                .allowElements("p", "br", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "blockquote", "strong", "b",
                        "em", "i", "u", "s", "sub", "sup", "code", "pre", "hr", "cite", "small", "figure",
                        "figcaption", "a", "img")
                // An embed is kept only if its src survived the host check below.
                .allowElements((name, attributes) -> {
                    if (!attributes.contains("src")) {
                        return null;
                    }
                    // a player may run its own scripts, in its own origin, and learns no more than our origin
                    attributes.addAll(List.of("sandbox", "allow-scripts allow-same-origin allow-presentation",
                            "referrerpolicy", "strict-origin-when-cross-origin"));
                    return name;
                }, "iframe")
                .allowUrlProtocols("http", "https", "mailto")
                .allowAttributes("href", "title").onElements("a")
                .requireRelsOnLinks("noopener", "noreferrer")
                .allowAttributes("src").matching((element, attribute, value) -> isImageSource(value) ? value : null)
                .onElements("img")
                .allowAttributes("alt", "title").onElements("img")
                .allowAttributes("width", "height").matching(NUMBER).onElements("img", "iframe")
                .allowAttributes("src").matching((element, attribute, value) -> Urls.isEmbed(value, embedHosts) ? value : null)
                .onElements("iframe")
                .allowAttributes("title", "allowfullscreen").onElements("iframe")
                .allowAttributes("cite").matching((element, attribute, value) -> Urls.isHttp(value) ? value : null)
                .onElements("blockquote")
                .toFactory();
    }

    public String sanitize(String html) {
        if (html == null || html.isBlank()) {
            return html == null ? null : "";
        }
        return policy.sanitize(html);
    }

    private static boolean isImageSource(String value) {
        return Urls.isHttp(value) || (value.startsWith("/") && !value.startsWith("//"));
    }
}
