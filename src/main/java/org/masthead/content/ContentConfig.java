package org.masthead.content;

import java.util.List;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Content settings (masthead.content.*). */
@ConfigMapping(prefix = "masthead.content")
public interface ContentConfig {

    /** Hosts whose video players may be embedded in a body (an iframe's src must be https on one of them). */
    @WithDefault("www.youtube-nocookie.com,www.youtube.com,player.vimeo.com")
    List<String> embedHosts();
}
