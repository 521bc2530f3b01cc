vcl 4.1;
# Varnish in front of two Masthead app nodes, round robin over the healthy ones; the rules are in
# masthead.vcl, next to this file. Every node sends its purges here (MASTHEAD_CDN_PURGE_URLS). For more
# nodes, declare each backend and add it to the director.

import directors;

probe ready {
    .url = "/q/health/ready";
    .interval = 2s;
    .timeout = 1s;
    .window = 3;
    .threshold = 2;
}

backend app_a {
    .host = "app-a";
    .port = "8080";
    .probe = ready;
}

backend app_b {
    .host = "app-b";
    .port = "8080";
    .probe = ready;
}

sub vcl_init {
    new nodes = directors.round_robin();
    nodes.add_backend(app_a);
    nodes.add_backend(app_b);
}

sub vcl_recv {
    set req.backend_hint = nodes.backend();
}

# A node that went away under a request (stopped, killed, restarting) before its probe says so: the next node answers.
sub vcl_backend_error {
    if (bereq.retries < 2 && (bereq.method == "GET" || bereq.method == "HEAD")) {
        return (retry);
    }
}

include "masthead.vcl";
