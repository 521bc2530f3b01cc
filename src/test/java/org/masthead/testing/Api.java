package org.masthead.testing;

import static io.restassured.RestAssured.given;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

/** Short calls to the content API as a given dev user (or anonymously with {@code null}). */
public final class Api {

    private Api() {
    }

    public static RequestSpecification as(String user) {
        RequestSpecification spec = given().contentType("application/json");
        return user == null ? spec : spec.auth().oauth2(Keycloak.accessToken(user));
    }

    public static Map<String, Object> article(String title) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", title);
        body.put("language", "en");
        body.put("summary", "A summary of " + title);
        body.put("body", "<p>First paragraph of " + title + ".</p>");
        return body;
    }

    /** Creates an article as {@code user} and answers its id. */
    public static long createArticle(String user, Map<String, Object> body) {
        return as(user).body(body).post("/api/v1/articles").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    /** A workflow action on an article; submit, approve and request-changes name the version {@code user} reads now. */
    public static ValidatableResponse action(String user, long id, String action) {
        return review(user, "/api/v1/articles/" + id, action, Map.of());
    }

    public static ValidatableResponse action(String user, long id, String action, Map<String, ?> body) {
        return review(user, "/api/v1/articles/" + id, action, body);
    }

    /**
     * POSTs {@code item + "/" + action} as {@code user}; for the review actions that must name the version read
     * (submit, approve, request-changes) the body gets the item's current version unless it names one.
     */
    public static ValidatableResponse review(String user, String item, String action, Map<String, ?> body) {
        Map<String, Object> sent = new HashMap<>(body);
        if (List.of("submit", "approve", "request-changes").contains(action) && !sent.containsKey("version")) {
            Response current = as(user).get(item);
            if (current.statusCode() == 200) {
                sent.put("version", current.jsonPath().getLong("version"));
            }
        }
        return as(user).body(sent).post(item + "/" + action).then();
    }

    public static ValidatableResponse review(String user, String item, String action) {
        return review(user, item, action, Map.of());
    }

    /** Creates, submits (as {@code author}) and approves (as {@code reviewer}) an article. */
    public static long publishedArticle(String author, String reviewer, Map<String, Object> body) {
        long id = createArticle(author, body);
        action(author, id, "submit").statusCode(200);
        action(reviewer, id, "approve").statusCode(200);
        return id;
    }

    public static long version(String user, long id) {
        return as(user).get("/api/v1/articles/" + id).then().statusCode(200).extract().jsonPath().getLong("version");
    }

    /** Empties an edition's menu so that a test can assert the whole tree. */
    public static void clearMenu(String language) {
        List<Integer> ids = as("admin").get("/api/v1/menus/" + language + "/entries").then().statusCode(200)
                .extract().jsonPath().getList("id");
        ids.forEach(id -> as("admin").delete("/api/v1/menus/entries/" + id).then().statusCode(204));
    }

    /** An edition's menu as readers' pages get it (anonymous). */
    public static JsonPath readersMenu(String language) {
        return as(null).get("/api/v1/menus/" + language).then().statusCode(200).extract().jsonPath();
    }
}
