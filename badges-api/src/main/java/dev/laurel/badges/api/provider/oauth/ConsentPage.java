package dev.laurel.badges.api.provider.oauth;

import dev.laurel.badges.api.provider.ApiResponse;
import dev.laurel.badges.api.wire.Scopes;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The HTML of the authorization endpoint: the login and consent form, and the error page shown instead of a
 * redirect when the client or its redirection URI cannot be trusted. Plain forms, no JavaScript; every value
 * is escaped; the pages forbid framing and scripts by their Content-Security-Policy.
 */
final class ConsentPage {

    /** What each scope allows, in words for the learner. */
    static final Map<String, String> SCOPE_WORDS = Map.of(
            Scopes.CREDENTIAL_READONLY, "See the badges in your backpack",
            Scopes.CREDENTIAL_UPSERT, "Add badges to your backpack and update them",
            Scopes.PROFILE_READONLY, "See your profile",
            Scopes.PROFILE_UPDATE, "Change your profile",
            RegistrationRules.OFFLINE_ACCESS, "Keep this access while you are away (until you revoke it)");

    private static final String CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src https: http:; "
            + "frame-ancestors 'none'; base-uri 'none'";

    private static final String STYLE = "body{font-family:system-ui,sans-serif;max-width:34rem;margin:2rem auto;"
            + "padding:0 1rem;line-height:1.5}label{display:block;margin:.75rem 0}input{display:block;width:100%;"
            + "padding:.4rem;font-size:1rem}button{font-size:1rem;padding:.5rem 1.2rem;margin-right:.5rem}"
            + ".alert{border:2px solid #b00;padding:.5rem;color:#700}img{max-height:4rem}";

    /** What the form shows and carries. */
    record Form(String serviceName, String action, String clientName, String clientUri, String logoUri,
                String tosUri, String policyUri, Collection<String> scopes, Map<String, String> hidden,
                String userName, String message) {}

    private ConsentPage() {}

    /**
     * The login and consent form.
     *
     * @param form   what to show
     * @param status the HTTP status (200, or 200 again after a wrong password)
     * @return the page
     */
    static ApiResponse form(Form form, int status) {
        StringBuilder h = head("Authorize " + form.clientName() + " – " + form.serviceName());
        h.append("<main><h1>").append(esc(form.clientName())).append(" asks for access to your badges on ")
                .append(esc(form.serviceName())).append("</h1>\n");
        if (form.logoUri() != null) {
            h.append("<p><img src=\"").append(esc(form.logoUri())).append("\" alt=\"Logo of ")
                    .append(esc(form.clientName())).append("\"></p>\n");
        }
        h.append("<p>Application: <a href=\"").append(esc(form.clientUri())).append("\" rel=\"noopener noreferrer\">")
                .append(esc(form.clientUri())).append("</a>");
        if (form.tosUri() != null) {
            h.append(" · <a href=\"").append(esc(form.tosUri())).append("\" rel=\"noopener noreferrer\">Terms</a>");
        }
        if (form.policyUri() != null) {
            h.append(" · <a href=\"").append(esc(form.policyUri())).append("\" rel=\"noopener noreferrer\">Privacy</a>");
        }
        h.append("</p>\n<p>If you allow it, this application may:</p>\n<ul>\n");
        for (String scope : form.scopes()) {
            h.append("<li>").append(esc(SCOPE_WORDS.getOrDefault(scope, scope))).append("</li>\n");
        }
        h.append("</ul>\n");
        if (form.message() != null) {
            h.append("<p class=\"alert\" role=\"alert\">").append(esc(form.message())).append("</p>\n");
        }
        h.append("<form method=\"post\" action=\"").append(esc(form.action())).append("\">\n");
        for (Map.Entry<String, String> e : form.hidden().entrySet()) {
            h.append("<input type=\"hidden\" name=\"").append(esc(e.getKey())).append("\" value=\"")
                    .append(esc(e.getValue())).append("\">\n");
        }
        h.append("<label>User name<input name=\"username\" autocomplete=\"username\" value=\"")
                .append(esc(form.userName() == null ? "" : form.userName())).append("\"></label>\n")
                .append("<label>Password<input type=\"password\" name=\"password\" autocomplete=\"current-password\">"
                        + "</label>\n")
                .append("<button type=\"submit\" name=\"decision\" value=\"approve\">Allow</button>")
                .append("<button type=\"submit\" name=\"decision\" value=\"deny\">Deny</button>\n")
                .append("</form>\n</main>\n</body>\n</html>\n");
        return secure(ApiResponse.of(status, "text/html", h.toString()));
    }

    /**
     * An error page, shown when the request cannot be sent back to the client.
     *
     * @param status      the HTTP status
     * @param serviceName the service's name
     * @param message     what went wrong, in words
     * @return the page
     */
    static ApiResponse error(int status, String serviceName, String message) {
        StringBuilder h = head("Cannot authorize – " + serviceName);
        h.append("<main><h1>This authorization request cannot be completed</h1>\n<p class=\"alert\" role=\"alert\">")
                .append(esc(message)).append("</p>\n<p>Go back to the application and start again.</p>\n</main>\n")
                .append("</body>\n</html>\n");
        return secure(ApiResponse.of(status, "text/html", h.toString()));
    }

    private static StringBuilder head(String title) {
        return new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
                .append(esc(title)).append("</title>\n<style>").append(STYLE).append("</style>\n</head>\n<body>\n");
    }

    private static ApiResponse secure(ApiResponse page) {
        return page.withHeader("Content-Security-Policy", CSP)
                .withHeader("X-Frame-Options", "DENY")
                .withHeader("X-Content-Type-Options", "nosniff")
                .withHeader("Referrer-Policy", "no-referrer")
                .withHeader("Cache-Control", "no-store")
                .withHeader("Pragma", "no-cache");
    }

    /**
     * Escapes text for HTML content and attribute values.
     *
     * @param s the text
     * @return the escaped text
     */
    static String esc(String s) {
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** The scope list in a stable order: the API's own first, as the OpenAPI description orders them. */
    static List<String> ordered(Collection<String> scopes) {
        List<String> out = new java.util.ArrayList<>();
        for (String s : Scopes.ALL) {
            if (scopes.contains(s)) {
                out.add(s);
            }
        }
        scopes.stream().filter(s -> !Scopes.ALL.contains(s)).sorted().forEach(out::add);
        return out;
    }
}
