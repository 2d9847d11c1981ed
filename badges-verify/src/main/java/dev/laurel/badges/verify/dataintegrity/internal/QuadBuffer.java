package dev.laurel.badges.verify.dataintegrity.internal;

import com.apicatalog.rdf.api.RdfQuadConsumer;
import com.apicatalog.rdf.canon.RdfCanon;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Holds the quads JSON-LD to RDF produced and hands them to RDFC-1.0 in roughly their canonical order.
 *
 * <p>RDFC-1.0's result does not depend on the order of its input (a dataset is a set), but Titanium's
 * final sort re-renders a quad's N-Quads line at every comparison once its blank nodes have canonical labels,
 * so it costs far less on input that is already nearly sorted: an input run in order costs one comparison
 * per quad instead of about log2(n). This order is only a guess at the canonical one (the canonical blank
 * node labels are not known yet, and raw IRIs sort slightly differently from their N-Quads form); the
 * canonicaliser still sorts exactly.
 */
final class QuadBuffer implements RdfQuadConsumer {

    /** IRI subjects before blank ones ({@code <} sorts before {@code _}), then subject, predicate, object. */
    private static final Comparator<Quad> ROUGHLY_CANONICAL = Comparator.comparingInt(Quad::subjectRank)
            .thenComparing(Quad::subject)
            .thenComparing(Quad::predicate)
            .thenComparingInt(Quad::objectRank)
            .thenComparing(Quad::object);

    private final List<Quad> quads = new ArrayList<>(64);

    private record Quad(String subject, String predicate, String object, String datatype, String language,
            String direction, String graph) {

        int subjectRank() {
            return RdfQuadConsumer.isBlank(subject) ? 1 : 0;
        }

        /** N-Quads puts literals ({@code "}) before IRIs ({@code <}) before blank nodes ({@code _}). */
        int objectRank() {
            if (RdfQuadConsumer.isLiteral(datatype, language, direction)) {
                return 0;
            }
            return RdfQuadConsumer.isBlank(object) ? 2 : 1;
        }
    }

    @Override
    public RdfQuadConsumer quad(String subject, String predicate, String object, String datatype, String language,
            String direction, String graph) {
        quads.add(new Quad(subject, predicate, object, datatype, language, direction, graph));
        return this;
    }

    /**
     * Sorts the quads roughly into canonical order and hands them to a canonicaliser.
     *
     * @param canon the canonicaliser
     */
    void sortedInto(RdfCanon canon) {
        quads.sort(ROUGHLY_CANONICAL);
        for (Quad q : quads) {
            canon.quad(q.subject, q.predicate, q.object, q.datatype, q.language, q.direction, q.graph);
        }
    }
}
