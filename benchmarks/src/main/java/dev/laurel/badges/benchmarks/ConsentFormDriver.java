package dev.laurel.badges.benchmarks;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Plays the learner's browser on the authorization server's login and consent page, over HTTP: opens the
 * authorization URL, keeps the CSRF cookie ({@code laurel_csrf}) and the form's hidden fields, posts them back
 * with the user name, password and {@code decision=approve}, and returns the redirect the server answers
 * (the client's callback URL with {@code code} and {@code state}). Never follows the redirect: the client's
 * host is not real.
 */
final class ConsentFormDriver {

    private static final Pattern HIDDEN = Pattern.compile("type=\"hidden\" name=\"([^\"]*)\" value=\"([^\"]*)\"");
    private static final Pattern ACTION = Pattern.compile("<form method=\"post\" action=\"([^\"]*)\"");

    private ConsentFormDriver() {
    }

    /**
     * Approves the request at {@code authorizationUrl} as {@code user}.
     *
     * @param http             a client that does not follow redirects
     * @param authorizationUrl the URL the client asked the learner to open
     * @param user             the account name
     * @param password         its password
     * @return the {@code Location} of the server's 302 answer
     * @throws IOException if a page does not come back as expected
     * @throws InterruptedException if interrupted
     */
    static URI approve(HttpClient http, URI authorizationUrl, String user, String password)
            throws IOException, InterruptedException {
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(authorizationUrl).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        if (page.statusCode() != 200) {
            throw new IOException("the consent page answered " + page.statusCode() + ": " + page.body());
        }
        String cookie = page.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("laurel_csrf=")).findFirst()
                .orElseThrow(() -> new IOException("the consent page set no laurel_csrf cookie"))
                .split(";", 2)[0];
        Map<String, String> fields = new LinkedHashMap<>();
        Matcher m = HIDDEN.matcher(page.body());
        while (m.find()) {
            fields.put(unescape(m.group(1)), unescape(m.group(2)));
        }
        fields.put("username", user);
        fields.put("password", password);
        fields.put("decision", "approve");
        Matcher action = ACTION.matcher(page.body());
        URI target = action.find() ? authorizationUrl.resolve(unescape(action.group(1))) : authorizationUrl;
        StringBuilder form = new StringBuilder();
        fields.forEach((k, v) -> form.append(form.length() == 0 ? "" : "&").append(enc(k)).append('=').append(enc(v)));
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(target)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("Cookie", cookie)
                        .POST(HttpRequest.BodyPublishers.ofString(form.toString())).build(),
                HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 302) {
            throw new IOException("the consent form answered " + answer.statusCode() + ": " + answer.body());
        }
        return URI.create(answer.headers().firstValue("Location")
                .orElseThrow(() -> new IOException("the consent form's 302 has no Location")));
    }

    /** Undoes the page's HTML escaping ({@code ConsentPage.esc}: five entities, ampersand last). */
    private static String unescape(String s) {
        return s.replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&amp;", "&");
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
