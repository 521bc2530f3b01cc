package org.masthead.testing;

import java.io.IOException;
import java.net.CookieHandler;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What a browser does on the authorization code flow, over plain HTTP: follows redirects, keeps
 * cookies for the app and Keycloak, and fills in Keycloak's real login form. Pages that need a
 * person's clicks are tested in Chromium; this covers the protocol for every dev user quickly.
 */
public final class BrowserSession {

    private final CookieManager jar = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    private final CookieHandler cookies = new LocalhostIsSecure(jar);

    private final HttpClient http = HttpClient.newBuilder()
            .cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.ALWAYS)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    /** For multipart posts: Java's client would repeat their Content-Type on the GET a redirect leads to; browsers do not. */
    private final HttpClient httpNoRedirects = HttpClient.newBuilder()
            .cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    /** A new session signed in through Keycloak's form as {@code username}, starting at the desk's {@code adminUrl}. */
    public static BrowserSession signedIn(String adminUrl, String username) {
        BrowserSession browser = new BrowserSession();
        browser.signIn(adminUrl, username);
        return browser;
    }

    /** The cookie of this name the app set, if any. */
    public Optional<HttpCookie> cookie(String name) {
        return jar.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(name)).findFirst();
    }

    /** Plants a cookie as if the app had set it, for tests of what a stolen or stale one can do. */
    public void plantCookie(String url, String name, String value) {
        HttpCookie cookie = new HttpCookie(name, value);
        cookie.setPath("/");
        cookie.setSecure(true);
        cookie.setVersion(0);
        URI uri = LocalhostIsSecure.asBrowsersSeeIt(URI.create(url));
        jar.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(name)).toList()
                .forEach(c -> jar.getCookieStore().remove(null, c));
        jar.getCookieStore().add(uri, cookie);
    }

    /** Opens {@code url}; if Keycloak asks who you are, signs in as {@code username} (password = username). */
    public Page signIn(String url, String username) {
        Page page = get(url);
        Element form = page.document().getElementById("kc-form-login");
        if (form == null) {
            throw new AssertionError("Expected Keycloak's login form at " + page.uri() + " but got: " + page.document().title());
        }
        return post(form.absUrl("action"), Map.of("username", username, "password", username, "credentialId", ""));
    }

    public Page get(String url) {
        return send(HttpRequest.newBuilder(URI.create(url)).GET().build());
    }

    /** A download as the browser receives it: status, headers and the body as text. */
    public HttpResponse<String> download(String url) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new AssertionError("Request to " + url + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    public Page post(String url, Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    /** Posts fields in order, repeated names included ({@code {name, value}} pairs). */
    public Page postPairs(String url, List<String[]> fields) {
        String body = fields.stream().map(f -> encode(f[0]) + "=" + encode(f[1])).collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    /**
     * Submits a form of {@code page} as a browser would: every field with its current value
     * (hidden ones included, so the CSRF token goes along), {@code changes} typed over them.
     */
    public Page submit(Page page, String formSelector, Map<String, String> changes) {
        Element form = page.document().selectFirst(formSelector);
        if (form == null) {
            throw new AssertionError("No form " + formSelector + " on " + page.uri());
        }
        Map<String, String> fields = new java.util.LinkedHashMap<>();
        for (Element field : form.select("input[name], textarea[name], select[name]")) {
            if (field.hasAttr("disabled")) {
                continue;
            }
            String type = field.attr("type");
            if ((type.equals("radio") || type.equals("checkbox")) && !field.hasAttr("checked")) {
                continue;
            }
            String value = switch (field.tagName()) {
                case "textarea" -> field.wholeText();
                case "select" -> {
                    Element selected = field.selectFirst("option[selected]");
                    yield selected == null ? field.select("option").stream().findFirst().map(o -> o.attr("value")).orElse("")
                            : selected.attr("value");
                }
                default -> field.attr("value");
            };
            fields.put(field.attr("name"), value);
        }
        fields.putAll(changes);
        if (form.attr("method").equalsIgnoreCase("get")) {
            String query = fields.entrySet().stream().map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                    .collect(Collectors.joining("&"));
            return get(form.absUrl("action") + "?" + query);
        }
        return post(form.absUrl("action"), fields);
    }

    /**
     * Every field of a form as a browser would send it, in order, fields of the same name included
     * (checked boxes, repeated hidden fields), for tests that change or add to them before posting.
     */
    public List<Map.Entry<String, String>> fields(Page page, String formSelector) {
        Element form = page.document().selectFirst(formSelector);
        if (form == null) {
            throw new AssertionError("No form " + formSelector + " on " + page.uri());
        }
        List<Map.Entry<String, String>> fields = new java.util.ArrayList<>();
        for (Element field : form.select("input[name], textarea[name], select[name]")) {
            String type = field.attr("type");
            if (field.hasAttr("disabled") || type.equals("file")
                    || ((type.equals("radio") || type.equals("checkbox")) && !field.hasAttr("checked"))) {
                continue;
            }
            String value = switch (field.tagName()) {
                case "textarea" -> field.wholeText();
                case "select" -> {
                    Element selected = field.selectFirst("option[selected]");
                    yield selected == null ? field.select("option").stream().findFirst().map(o -> o.attr("value")).orElse("")
                            : selected.attr("value");
                }
                default -> field.attr("value");
            };
            fields.add(Map.entry(field.attr("name"), value));
        }
        return fields;
    }

    /** Posts form fields that may repeat a name. */
    public Page post(String url, List<Map.Entry<String, String>> form) {
        String body = form.stream().map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    /** Posts a multipart form, as a browser sends a form with a file field. */
    public Page postMultipart(String url, Map<String, String> fields, String fileField, String fileName, String contentType,
            byte[] content) {
        String boundary = "----masthead" + java.util.UUID.randomUUID().toString().replace("-", "");
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        java.util.function.Consumer<String> text = part -> body.writeBytes(part.getBytes(StandardCharsets.UTF_8));
        fields.forEach((name, value) -> text.accept("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name
                + "\"\r\n\r\n" + value + "\r\n"));
        if (fileField != null) {
            text.accept("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField + "\"; filename=\""
                    + fileName + "\"\r\nContent-Type: " + contentType + "\r\n\r\n");
            body.writeBytes(content);
            text.accept("\r\n");
        }
        text.accept("--" + boundary + "--\r\n");
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build();
        try {
            HttpResponse<String> response = httpNoRedirects.send(request, HttpResponse.BodyHandlers.ofString());
            var location = response.headers().firstValue("Location");
            if (response.statusCode() / 100 == 3 && location.isPresent()) {
                return get(response.uri().resolve(location.get()).toString());
            }
            return new Page(response.statusCode(), response.uri(), Jsoup.parse(response.body(), response.uri().toString()));
        } catch (IOException e) {
            throw new AssertionError("Request to " + url + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private Page send(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return new Page(response.statusCode(), response.uri(),
                    Jsoup.parse(response.body(), response.uri().toString()));
        } catch (IOException e) {
            throw new AssertionError("Request to " + request.uri() + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static String encode(String value) {
        return java.net.URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    public record Page(int status, URI uri, Document document) {
    }

    /**
     * Keycloak marks its login cookies Secure; browsers treat http://localhost as a secure context and
     * send them, Java's CookieManager does not. This handler gives the cookie store the browsers' view.
     */
    private static final class LocalhostIsSecure extends CookieHandler {
        private final CookieManager cookies;

        LocalhostIsSecure(CookieManager cookies) {
            this.cookies = cookies;
        }

        @Override
        public Map<String, List<String>> get(URI uri, Map<String, List<String>> headers) throws IOException {
            return cookies.get(asBrowsersSeeIt(uri), headers);
        }

        @Override
        public void put(URI uri, Map<String, List<String>> headers) throws IOException {
            cookies.put(asBrowsersSeeIt(uri), headers);
        }

        private static URI asBrowsersSeeIt(URI uri) {
            if (!"http".equals(uri.getScheme()) || !"localhost".equals(uri.getHost())) {
                return uri;
            }
            try {
                return new URI("https", uri.getUserInfo(), uri.getHost(), uri.getPort(), uri.getPath(), uri.getQuery(), null);
            } catch (URISyntaxException e) {
                return uri;
            }
        }
    }
}
