# Masthead's caching rules, included by default.vcl (one app node) and cluster.vcl (several): public pages,
# feeds, sitemaps and files are cached as the app's Cache-Control says (max-age, stale-while-revalidate);
# /admin, /api and /q are passed. Each answer names its surrogate keys in the xkey header (its edition); a
# change in the app sends PURGE with "xkey-purge: edition-en …" from a purger address, and those pages go.
# While no app node is healthy, pages are served stale for up to a day (the app's stale-if-error).

import std;
import xkey;

# Who may purge, on the purge listen address: the app nodes (loopback and private networks, as on a compose network).
acl purgers {
    "127.0.0.1";
    "::1";
    "10.0.0.0"/8;
    "172.16.0.0"/12;
    "192.168.0.0"/16;
}

sub vcl_recv {
    if (req.method == "PURGE") {
        # Purges come in on their own listen address ("-a purge=:8081"), which only the app nodes reach: behind a
        # published port every reader may arrive from a private address (the container network's gateway).
        if (local.socket != "purge" || client.ip !~ purgers) {
            return (synth(403, "Not allowed to purge"));
        }
        if (!req.http.xkey-purge) {
            return (synth(400, "Name the keys to purge in xkey-purge"));
        }
        return (synth(200, "Purged " + xkey.purge(req.http.xkey-purge) + " objects"));
    }
    if (req.url ~ "^/(admin|api|q)(/|\?|$)") {
        return (pass);
    }
    if (req.method != "GET" && req.method != "HEAD") {
        return (pass);
    }
    if (req.http.Authorization) {
        return (pass);
    }
    # Readers' pages do not depend on cookies (the desk's live under /admin).
    unset req.http.Cookie;
    # While the app answers, a stale page is served only for the stale-while-revalidate window; while no node is
    # healthy, for as long as the page's grace (its stale-if-error) allows.
    if (std.healthy(req.backend_hint)) {
        set req.grace = 60s;
    }
    return (hash);
}

sub vcl_backend_response {
    if (bereq.url ~ "^/(admin|api|q)(/|\?|$)") {
        set beresp.uncacheable = true;
        return (deliver);
    }
    # stale-if-error: keep serving a page this long after it expired if the app cannot answer.
    if (beresp.http.Cache-Control ~ "stale-if-error=\d+") {
        set beresp.grace = std.duration(regsub(beresp.http.Cache-Control, ".*stale-if-error=(\d+).*", "\1") + "s", 60s);
    }
}

sub vcl_deliver {
    if (obj.hits > 0) {
        set resp.http.X-Cache = "HIT";
    } else {
        set resp.http.X-Cache = "MISS";
    }
    # The keys are for this cache only.
    unset resp.http.xkey;
}
