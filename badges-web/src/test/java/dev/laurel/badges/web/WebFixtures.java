package dev.laurel.badges.web;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.laurel.badges.api.provider.ApiRequest;
import dev.laurel.badges.core.model.ob3.Achievement;
import dev.laurel.badges.core.model.ob3.AchievementSubject;
import dev.laurel.badges.core.model.ob3.Criteria;
import dev.laurel.badges.core.model.ob3.IdentifierTypeEnum;
import dev.laurel.badges.core.model.ob3.IdentityObject;
import dev.laurel.badges.core.model.ob3.OpenBadgeCredential;
import dev.laurel.badges.core.model.ob3.Profile;
import dev.laurel.badges.core.taxonomy.CredentialLevel;
import dev.laurel.badges.core.taxonomy.LevelKind;
import dev.laurel.badges.json.BadgeJson;
import dev.laurel.badges.json.bake.BadgePayload;
import dev.laurel.badges.json.bake.Baker;
import dev.laurel.badges.verify.Verifier;
import dev.laurel.badges.verify.dataintegrity.DataIntegritySigner;
import dev.laurel.badges.verify.dataintegrity.ProofOptions;
import dev.laurel.badges.verify.dataintegrity.ProofSuite;
import dev.laurel.badges.verify.fetch.DocumentFetcher;
import dev.laurel.badges.verify.jose.VcJwtSigner;
import dev.laurel.badges.verify.keys.KeyPairs;
import dev.laurel.badges.verify.keys.LaurelKey;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;

/** Badges signed here (a did:key issuer: they verify offline), the form the pages read, and page probes. */
final class WebFixtures {

    static final Instant ISSUED = Instant.parse("2026-01-15T10:00:00Z");
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-01T00:00:00Z"), ZoneOffset.UTC);
    static final String ISSUER_NAME = "Demo Issuer";
    static final URI BASE = URI.create("http://127.0.0.1:8080");
    static final String BOUNDARY = "----LaurelTestBoundary7MA4YWxkTrZu0gW";
    static final BadgeJson JSON = BadgeJson.standard();

    private static final LaurelKey KEY;

    static {
        byte[] seed = new byte[32];
        Arrays.fill(seed, (byte) 7);
        KEY = KeyPairs.fromEd25519Seed(seed);
    }

    private WebFixtures() {
    }

    static Verifier verifier() {
        return Verifier.builder().fetcher(DocumentFetcher.refusing()).clock(CLOCK).build();
    }

    static WebPages pages() {
        return WebPages.builder(BadgeChecker.of(verifier())).clock(CLOCK).serviceName("Test badges").build();
    }

    /** An OB 3.0 credential with a declared level, unsigned. */
    static OpenBadgeCredential credential(String name, LevelKind level) {
        return credential(name, level, "urn:uuid:6c3f9a1e-2f7b-4c1a-9d2e-1b2c3d4e5f60");
    }

    /** An OB 3.0 credential with a declared level and the given id, unsigned. */
    static OpenBadgeCredential credential(String name, LevelKind level, String id) {
        Achievement achievement = Achievement.builder().id("https://example.org/achievements/1").name(name)
                .description("Writes and tests Java programs.").criteria(Criteria.ofNarrative("Passed the exam."))
                .level(CredentialLevel.of(level)).build();
        AchievementSubject subject = AchievementSubject.builder().id("did:example:learner")
                .addIdentifier(IdentityObject.sha256(IdentifierTypeEnum.EMAIL_ADDRESS, "learner@example.org", "salt"))
                .achievement(achievement).build();
        return OpenBadgeCredential.builder().id(id).name(name)
                .issuer(Profile.of(KEY.didKey(), ISSUER_NAME)).validFrom(ISSUED)
                .validUntil(ISSUED.plus(Period.ofDays(365))).credentialSubject(subject).build();
    }

    /** The credential signed with an eddsa-rdfc-2022 proof, as JSON. */
    static ObjectNode signed(String name, LevelKind level) {
        return DataIntegritySigner.of(KEY).sign(JSON.toJson(credential(name, level)),
                ProofOptions.of(ProofSuite.EDDSA_RDFC_2022, KEY.didKeyVerificationMethod(), ISSUED));
    }

    /** A credential with the given id, signed, as JSON text. */
    static String signedJson(String name, LevelKind level, String id) {
        return JSON.serialize(DataIntegritySigner.of(KEY).sign(JSON.toJson(credential(name, level, id)),
                ProofOptions.of(ProofSuite.EDDSA_RDFC_2022, KEY.didKeyVerificationMethod(), ISSUED)), false);
    }

    static byte[] signedJson(String name, LevelKind level) {
        return JSON.serialize(signed(name, level), false).getBytes(StandardCharsets.UTF_8);
    }

    /** A signed credential whose name was changed after signing. */
    static byte[] tampered() {
        ObjectNode json = signed("Java Practitioner", LevelKind.SKILL);
        json.put("name", "Java Grandmaster");
        return JSON.serialize(json, false).getBytes(StandardCharsets.UTF_8);
    }

    static String jwt(String name, LevelKind level) {
        return VcJwtSigner.of(KEY).withKeyId(KEY.didKeyVerificationMethod()).sign(JSON.toJson(credential(name, level)));
    }

    static byte[] bakedPng(String name, LevelKind level) {
        try {
            BufferedImage image = new BufferedImage(16, 16, BufferedImage.TYPE_INT_ARGB);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            ImageIO.write(image, "png", bytes);
            return Baker.standard().bake(bytes.toByteArray(),
                    BadgePayload.ob3Json(new String(signedJson(name, level), StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] resource(String path) {
        try (InputStream in = WebFixtures.class.getResourceAsStream("/" + path)) {
            if (in == null) {
                throw new IllegalStateException("no test resource " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A multipart/form-data body as a browser sends it: a file part (maybe empty) and text fields. */
    static byte[] form(String filename, byte[] file, Map<String, String> fields) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(out, "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + filename
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n");
        out.writeBytes(file);
        write(out, "\r\n");
        for (Map.Entry<String, String> f : fields.entrySet()) {
            write(out, "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + f.getKey() + "\"\r\n\r\n"
                    + f.getValue() + "\r\n");
        }
        write(out, "--" + BOUNDARY + "--\r\n");
        return out.toByteArray();
    }

    static byte[] fileForm(String filename, byte[] file) {
        return form(filename, file, Map.of("text", "", "url", ""));
    }

    static ApiRequest post(byte[] body) {
        return ApiRequest.of("POST", BASE, "/").withBody("multipart/form-data; boundary=" + BOUNDARY, body);
    }

    static ApiRequest get(String path) {
        return ApiRequest.of("GET", BASE, path);
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }

    /** The value of an attribute of the element with the given id. */
    static String attribute(String html, String id, String attribute) {
        Matcher m = Pattern.compile("<[a-z]+ id=\"" + Pattern.quote(id) + "\"[^>]*?\\s" + Pattern.quote(attribute)
                + "=\"([^\"]*)\"").matcher(html);
        if (!m.find()) {
            throw new AssertionError("no " + attribute + " on #" + id + " in:\n" + html);
        }
        return m.group(1);
    }

    /** The text content of the element with the given id (tags removed). */
    static String text(String html, String id) {
        Matcher m = Pattern.compile("<([a-z]+) id=\"" + Pattern.quote(id) + "\"[^>]*>(.*?)</\\1>", Pattern.DOTALL)
                .matcher(html);
        if (!m.find()) {
            throw new AssertionError("no #" + id + " in:\n" + html);
        }
        return m.group(2).replaceAll("<[^>]+>", "");
    }

    /** The data-outcome of every li in #checks, in order, as "outcome id". */
    static java.util.List<String> checks(String html) {
        int start = html.indexOf("<ol id=\"checks\">");
        int end = html.indexOf("</ol>", start);
        if (start < 0) {
            throw new AssertionError("no #checks in:\n" + html);
        }
        Matcher m = Pattern.compile("<li data-check-id=\"([^\"]+)\" data-outcome=\"([^\"]+)\"")
                .matcher(html.substring(start, end));
        java.util.List<String> out = new java.util.ArrayList<>();
        while (m.find()) {
            out.add(m.group(2) + " " + m.group(1));
        }
        return out;
    }
}
