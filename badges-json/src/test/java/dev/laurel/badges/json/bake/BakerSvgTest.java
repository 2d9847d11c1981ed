package dev.laurel.badges.json.bake;

import dev.laurel.badges.json.BadgeVersion;
import static dev.laurel.badges.json.bake.TestImages.PLAIN_SVG;
import static dev.laurel.badges.json.bake.TestImages.utf8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

class BakerSvgTest {

    private static final String ROOT_END = "viewBox=\"0 0 10 10\"";

    private final Baker baker = Baker.standard();

    static Stream<BadgePayload> payloads() {
        return TestImages.allPayloads().stream();
    }

    @ParameterizedTest
    @MethodSource("payloads")
    void bakeThenExtractGivesTheExactPayloadBack(BadgePayload payload) {
        byte[] baked = baker.bake(utf8(PLAIN_SVG), payload);

        BakedBadge badge = baker.extract(baked).orElseThrow();

        assertThat(badge.payload()).isEqualTo(payload);
        assertThat(badge.format()).isEqualTo(ImageFormat.SVG);
    }

    @ParameterizedTest
    @MethodSource("payloads")
    void theElementGoesRightAfterTheSvgStartTagAndEveryOtherByteStays(BadgePayload payload) throws Exception {
        byte[] baked = baker.bake(utf8(PLAIN_SVG), payload);
        String text = new String(baked, StandardCharsets.UTF_8);

        String declaration = " xmlns:openbadges=\"" + Embedding.svgNamespace(payload.version()) + "\"";
        int rootEnd = PLAIN_SVG.indexOf(ROOT_END) + ROOT_END.length();
        assertThat(text).startsWith(PLAIN_SVG.substring(0, rootEnd) + declaration + ">");
        String element = elementAt(text, rootEnd + declaration.length() + 1, payload.version());
        assertThat(text.substring(rootEnd + declaration.length() + 1 + element.length()))
                .isEqualTo(PLAIN_SVG.substring(rootEnd + 1));

        Element badge = firstChildElement(parse(baked).getDocumentElement());
        assertThat(badge.getNamespaceURI()).isEqualTo(Embedding.svgNamespace(payload.version()));
        assertThat(badge.getLocalName()).isEqualTo(Embedding.svgElement(payload.version()));
        if (payload.kind() == BadgePayload.Kind.JSON) {
            assertThat(badge.getTextContent()).isEqualTo(payload.text());
            assertThat(badge.getFirstChild().getNodeType()).isEqualTo(Node.CDATA_SECTION_NODE);
        } else {
            assertThat(badge.getAttribute("verify")).isEqualTo(payload.text());
            assertThat(badge.getTextContent()).isEmpty();
        }
    }

    @Test
    void anOb2JsonAssertionCarriesItsUrlInVerify() throws Exception {
        byte[] baked = baker.bake(utf8(PLAIN_SVG), BadgePayload.ob2Json(TestImages.OB2_JSON));

        Element badge = firstChildElement(parse(baked).getDocumentElement());

        assertThat(badge.getAttribute("verify")).isEqualTo(new ObjectMapper().readTree(TestImages.OB2_JSON).path("id").asText());
    }

    @Test
    void theSpecificationSnippetExtracts() throws Exception {
        byte[] snippet = TestImages.resource("ob_v2p0_baking_index-01.svg.txt");
        String source = new String(snippet, StandardCharsets.UTF_8);
        String cdata = source.substring(source.indexOf("<![CDATA[") + 9, source.indexOf("]]>"));

        BakedBadge badge = baker.extract(snippet).orElseThrow();

        assertThat(badge.text()).isEqualTo(cdata);
        assertThat(badge.kind()).isEqualTo(BadgePayload.Kind.JSON);
        assertThat(badge.version()).isEqualTo(BadgeVersion.V2_0);
        JsonNode assertion = new ObjectMapper().readTree(badge.text());
        assertThat(assertion.path("id").asText()).isEqualTo("https://example.org/assertions/123");
        assertThat(assertion.path("badge").path("name").asText()).isEqualTo("3-D Printmaster");
    }

    @Test
    void theOb3SpecificationLayoutsExtract() {
        String jwt = TestImages.jws("{\"vc\":{}}");
        String withJwt = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\"\n"
                + "  xmlns:openbadges=\"https://purl.imsglobal.org/ob/v3p0\"\n  viewBox=\"0 0 512 512\">\n"
                + "  <openbadges:credential verify=\"" + jwt + "\"></openbadges:credential>\n\n  <!-- rest-of-image -->\n</svg>";
        String json = "\n        {\n          \"id\": \"http://example.edu/credentials/3732\",\n          \"proof\": { }\n        }\n      ";
        String withJson = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\"\n"
                + "  xmlns:openbadges=\"https://purl.imsglobal.org/ob/v3p0\"\n  viewBox=\"0 0 512 512\">\n"
                + "  <openbadges:credential>\n      <![CDATA[" + json + "]]>\n  </openbadges:credential>\n\n"
                + "  <!-- rest-of-image -->\n</svg>";

        assertThat(baker.extract(utf8(withJwt)).orElseThrow().payload()).isEqualTo(BadgePayload.ob3Jwt(jwt));
        assertThat(baker.extract(utf8(withJson)).orElseThrow().payload()).isEqualTo(BadgePayload.ob3Json(json));
    }

    @Test
    void rebakingReplacesTheElementAndRebindsThePrefix() throws Exception {
        byte[] once = baker.bake(utf8(PLAIN_SVG), BadgePayload.ob2Url("https://example.org/a/1"));

        byte[] twice = baker.bake(once, BadgePayload.ob3Json(TestImages.OB3_JSON));

        String text = new String(twice, StandardCharsets.UTF_8);
        assertThat(text).doesNotContain("openbadges:assertion").doesNotContain("http://openbadges.org")
                .containsOnlyOnce("xmlns:openbadges=").containsOnlyOnce("<openbadges:credential>");
        assertThat(baker.extract(twice).orElseThrow().payload()).isEqualTo(BadgePayload.ob3Json(TestImages.OB3_JSON));
        // Baking the same payload again gives the same bytes.
        assertThat(baker.bake(twice, BadgePayload.ob3Json(TestImages.OB3_JSON))).isEqualTo(twice);
    }

    @Test
    void anElementAfterWhiteSpaceIsReplacedWhereItStands() {
        String before = "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:openbadges=\"http://openbadges.org\">\n  ";
        String after = "\n  <circle r=\"1\"/>\n</svg>";
        String svg = before + "<openbadges:assertion verify=\"https://example.org/old\">\n  </openbadges:assertion>" + after;

        String baked = new String(baker.bake(utf8(svg), BadgePayload.ob2Url("https://example.org/new")), StandardCharsets.UTF_8);

        assertThat(baked).isEqualTo(before + "<openbadges:assertion verify=\"https://example.org/new\"/>" + after);
    }

    @Test
    void anElementNestedDeeperIsMovedUnderTheRoot() {
        String svg = "<svg xmlns=\"http://www.w3.org/2000/svg\"><g><ob:assertion xmlns:ob=\"http://openbadges.org\" "
                + "verify=\"https://example.org/old\"/></g></svg>";

        String baked = new String(baker.bake(utf8(svg), BadgePayload.ob2Url("https://example.org/new")), StandardCharsets.UTF_8);

        assertThat(baked).isEqualTo("<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:openbadges=\"http://openbadges.org\">"
                + "<openbadges:assertion verify=\"https://example.org/new\"/><g></g></svg>");
    }

    @Test
    void anExistingDeclarationIsNotRepeated() {
        String svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:openbadges='https://purl.imsglobal.org/ob/v3p0'>x</svg>";

        String baked = new String(baker.bake(utf8(svg), BadgePayload.ob3Json("{}")), StandardCharsets.UTF_8);

        assertThat(baked).isEqualTo("<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:openbadges='https://purl.imsglobal.org/ob/v3p0'>"
                + "<openbadges:credential><![CDATA[{}]]></openbadges:credential>x</svg>");
    }

    @Test
    void aSelfClosingRootGainsContent() {
        String baked = new String(baker.bake(utf8("<svg:svg xmlns:svg=\"http://www.w3.org/2000/svg\"/>"),
                BadgePayload.ob2Url("https://example.org/a")), StandardCharsets.UTF_8);

        assertThat(baked).isEqualTo("<svg:svg xmlns:svg=\"http://www.w3.org/2000/svg\" xmlns:openbadges=\"http://openbadges.org\">"
                + "<openbadges:assertion verify=\"https://example.org/a\"/></svg:svg>");
        assertThat(baker.extract(utf8(baked)).orElseThrow().text()).isEqualTo("https://example.org/a");
    }

    @Test
    void cdataTerminatorsCarriageReturnsAndSurroundingWhiteSpaceSurvive() {
        String json = "\r\n {\"a\":\"]]>\",\r\n\"b\":\"]]]]>\",\t\"c\":\"\uD83C\uDFC5\"}\r ";
        byte[] baked = baker.bake(utf8(PLAIN_SVG), BadgePayload.ob3Json(json));

        assertThat(baker.extract(baked).orElseThrow().text()).isEqualTo(json);
    }

    @Test
    void aSingleByteEncodingGetsCharacterReferencesForWhatItCannotHold() {
        String svg = "<?xml version='1.0' encoding='ISO-8859-1'?>\n<svg xmlns='http://www.w3.org/2000/svg'><text>caf\u00e9</text></svg>";
        String json = "{\"name\":\"caf\u00e9 \u2615 \uD83C\uDFC5\"}";
        byte[] original = svg.getBytes(StandardCharsets.ISO_8859_1);

        byte[] baked = baker.bake(original, BadgePayload.ob3Json(json));

        assertThat(baker.extract(baked).orElseThrow().text()).isEqualTo(json);
        String latin1 = new String(baked, StandardCharsets.ISO_8859_1);
        assertThat(latin1).contains("caf\u00e9 ").contains("&#x2615;").contains("&#x1F3C5;").endsWith("<text>caf\u00e9</text></svg>");
    }

    @Test
    void aByteOrderMarkIsKept() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] svg = new byte[bom.length + utf8(PLAIN_SVG).length];
        System.arraycopy(bom, 0, svg, 0, 3);
        System.arraycopy(utf8(PLAIN_SVG), 0, svg, 3, svg.length - 3);

        byte[] baked = baker.bake(svg, BadgePayload.ob2Jws(TestImages.jws("{}")));

        assertThat(Arrays.copyOf(baked, 3)).isEqualTo(bom);
        assertThat(new String(baked, 3, baked.length - 3, StandardCharsets.UTF_8)).startsWith(PLAIN_SVG.substring(0, 40));
        assertThat(baker.extract(baked).orElseThrow().kind()).isEqualTo(BadgePayload.Kind.COMPACT_JWS);
    }

    @Test
    void aUtf16SvgIsReadButNotBakedInto() {
        String svg = "\uFEFF<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:openbadges=\"http://openbadges.org\">"
                + "<openbadges:assertion verify=\"https://example.org/u\"/></svg>";
        byte[] utf16 = svg.getBytes(StandardCharsets.UTF_16BE);

        assertThat(baker.extract(utf16).orElseThrow().text()).isEqualTo("https://example.org/u");
        assertThatThrownBy(() -> baker.bake(utf16, BadgePayload.ob2Url("https://example.org/v")))
                .isInstanceOf(BakeException.class)
                .extracting(e -> ((BakeException) e).bakeCode()).isEqualTo(BakeCode.UNSUPPORTED_ENCODING);
    }

    @Test
    void anSvg11DoctypeIsReadWithoutFetchingItsDtd() throws Exception {
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            AtomicInteger connections = countConnections(server);
            String svg = "<?xml version=\"1.0\" standalone=\"no\"?>\n<!DOCTYPE svg PUBLIC \"-//W3C//DTD SVG 1.1//EN\" "
                    + "\"http://127.0.0.1:" + server.getLocalPort() + "/svg11.dtd\">\n"
                    + "<svg version=\"1.1\" xmlns=\"http://www.w3.org/2000/svg\"><title>a &amp; b</title></svg>";

            byte[] baked = baker.bake(utf8(svg), BadgePayload.ob2Url("https://example.org/d"));

            assertThat(baker.extract(baked).orElseThrow().text()).isEqualTo("https://example.org/d");
            assertThat(new String(baked, StandardCharsets.UTF_8)).startsWith(svg.substring(0, svg.indexOf("<svg")));
            Thread.sleep(200);
            assertThat(connections.get()).isZero();
        }
    }

    @Test
    void anSvgWithoutABadgeYieldsNothing() {
        assertThat(baker.extract(utf8(PLAIN_SVG))).isEmpty();
        // The right name in the wrong namespace is no badge.
        assertThat(baker.extract(utf8("<svg xmlns='http://www.w3.org/2000/svg' xmlns:openbadges='https://openbadges.org'>"
                + "<openbadges:assertion verify='https://example.org/a'/></svg>"))).isEmpty();
    }

    @Test
    void theFormatIsToldByContentNotName() {
        assertThat(ImageFormat.detect(utf8(PLAIN_SVG))).contains(ImageFormat.SVG);
        assertThat(ImageFormat.detect(TestImages.greyPng(1, 1, 0))).contains(ImageFormat.PNG);
        assertThat(ImageFormat.detect(utf8("GIF89a"))).isEmpty();
        assertThat(ImageFormat.detect(new byte[0])).isEmpty();
    }

    @Test
    void streamingBakeWritesTheSameBytesAsTheArrayBake() {
        BadgePayload payload = BadgePayload.ob3Jwt(TestImages.jws("{}"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        baker.bake(new ByteArrayInputStream(utf8(PLAIN_SVG)), out, payload);

        assertThat(out.toByteArray()).isEqualTo(baker.bake(utf8(PLAIN_SVG), payload));
        assertThat(baker.extract(new ByteArrayInputStream(out.toByteArray()))).map(BakedBadge::payload).contains(payload);
    }

    @Test
    void aLongPrologIsReadAcrossBufferRefills() {
        String comment = "<!--" + "x".repeat(50_000) + "-->\n";
        byte[] svg = utf8(comment + "<svg xmlns='http://www.w3.org/2000/svg' xmlns:openbadges='http://openbadges.org'>"
                + "<openbadges:assertion verify='https://example.org/p'/></svg>");

        assertThat(baker.extract(new ByteArrayInputStream(svg)).orElseThrow().text()).isEqualTo("https://example.org/p");
    }

    /** Returns the badge element's markup starting at {@code from}. */
    private static String elementAt(String text, int from, BadgeVersion version) {
        String name = "openbadges:" + Embedding.svgElement(version);
        Matcher m = Pattern.compile("<" + name + "[^>]*?/>|<" + name + ".*?</" + name + ">", Pattern.DOTALL).matcher(text);
        assertThat(m.find(from)).isTrue();
        assertThat(m.start()).isEqualTo(from);
        return m.group();
    }

    static Document parse(byte[] xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        f.setCoalescing(false);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }

    private static Element firstChildElement(Element parent) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element) {
                return (Element) n;
            }
        }
        throw new AssertionError("no child element");
    }

    /** Accepts connections in the background and counts them. */
    static AtomicInteger countConnections(ServerSocket server) throws IOException {
        AtomicInteger count = new AtomicInteger();
        server.setSoTimeout(100);
        Thread t = new Thread(() -> {
            while (!server.isClosed()) {
                try {
                    server.accept().close();
                    count.incrementAndGet();
                } catch (SocketTimeoutException e) {
                    // poll again
                } catch (IOException e) {
                    return;
                }
            }
        });
        t.setDaemon(true);
        t.start();
        return count;
    }
}
