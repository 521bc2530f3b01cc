vcl 4.1;
# Varnish in front of one Masthead app node (Debian: varnish and varnish-modules for xkey); the rules are
# in masthead.vcl, next to this file (mount both). Set the app's MASTHEAD_CDN_PURGE_URLS to this Varnish.
# For several nodes, see cluster.vcl.

backend app {
    .host = "app";
    .port = "8080";
    .probe = {
        .url = "/q/health/ready";
        .interval = 5s;
        .timeout = 2s;
        .window = 5;
        .threshold = 3;
    }
}

include "masthead.vcl";
