package org.masthead.web.site;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Plain share links (no third-party scripts): each network's own "share this address" URL. */
public final class ShareLinks {

    public record Share(String network, String href) {
    }

    private ShareLinks() {
    }

    public static List<Share> of(String absoluteUrl, String title, String imageUrl) {
        String u = encode(absoluteUrl);
        String t = encode(title);
        List<Share> shares = new ArrayList<>();
        shares.add(new Share("Facebook", "https://www.facebook.com/sharer/sharer.php?u=" + u));
        shares.add(new Share("X (Twitter)", "https://twitter.com/intent/tweet?url=" + u + "&text=" + t));
        shares.add(new Share("Pinterest", "https://pinterest.com/pin/create/button/?url=" + u + "&description=" + t
                + (imageUrl == null ? "" : "&media=" + encode(imageUrl))));
        shares.add(new Share("WhatsApp", "https://wa.me/?text=" + encode(title + " " + absoluteUrl)));
        shares.add(new Share("Telegram", "https://t.me/share/url?url=" + u + "&text=" + t));
        shares.add(new Share("Email", "mailto:?subject=" + t + "&body=" + u));
        return shares;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
