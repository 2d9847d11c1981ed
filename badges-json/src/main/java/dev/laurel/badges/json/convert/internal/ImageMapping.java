package dev.laurel.badges.json.convert.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.laurel.badges.core.Severity;
import dev.laurel.badges.core.model.ob2.Image;
import dev.laurel.badges.core.model.ob2.Ob2Vocabulary;

import java.util.Set;

/**
 * OB 2.0 and OB 3.0 Image: an IRI becomes {@code {id, type: "Image"}} and back; the OB 3.0 Image allows
 * only id, type and caption, so an OB 2.0 author is lost. An image without a usable id is left out.
 */
final class ImageMapping {

    static final Table TABLE = Table.between("Image", Image.class, "Image",
                    dev.laurel.badges.core.model.ob3.Image.class)
            .iri("id", false)
            .types(Set.of(Ob2Vocabulary.IMAGE_OBJECT, "ImageObject", "Image"), Set.of("Image"))
            .text("caption")
            .lostToV3("an OB 3.0 Image has no author", "author")
            .closedIn3("an OB 3.0 Image allows only id, type and caption");

    /** An optional image member, either way. */
    static final Table.Step OPTIONAL = (cx, v, p, t) -> convert(cx, v, p, t.out, t.tgt, false);

    /** An image the OB 2.0 target requires (a badge class's). */
    static final Table.Step REQUIRED_IN_V2 = (cx, v, p, t) -> convert(cx, v, p, t.out, t.tgt, !cx.toV3());

    private ImageMapping() {
    }

    static void convert(Conversion cx, JsonNode v, String p, ObjectNode parent, String parentAt, boolean required) {
        String tgt = Conversion.at(parentAt, "image");
        ObjectNode img = Conversion.object();
        if (cx.toV3() && v.isTextual()) {
            if (cx.iri(v, p, img, "id", tgt, false)) {
                img.put("type", "Image");
                parent.set("image", img);
            }
            return;
        }
        if (!v.isObject() || !Conversion.isIri(v.path("id"))) {
            cx.trace.report(required ? Severity.ERROR : Severity.WARNING, Code.INVALID_VALUE, p, cx.toV3()
                    ? "an OB 3.0 Image needs an id (its URI or data URI); this image has none and is not carried over"
                    : "an image needs an id (its URI or data URI); this one has none and is not carried over");
            return;
        }
        int mark = cx.trace.mark();
        if (cx.toV3()) {
            img.put("type", "Image");
        }
        TABLE.run(cx, (ObjectNode) v, new Target(img, p, tgt, false));
        if (!cx.toV3() && img.size() == 1) {
            parent.put("image", img.get("id").textValue());
            cx.trace.retarget(mark, Conversion.at(tgt, "id"), tgt);
        } else {
            parent.set("image", img);
        }
    }
}
