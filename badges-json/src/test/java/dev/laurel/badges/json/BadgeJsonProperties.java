package dev.laurel.badges.json;

import dev.laurel.badges.core.model.ob2.Assertion;
import dev.laurel.badges.core.testing.Ob2Arbitraries;
import dev.laurel.badges.core.testing.Ob3Arbitraries;
import dev.laurel.badges.core.model.ob3.OpenBadgeCredential;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

/**
 * OB 2.0 round trips through JSON for random valid models (OB 3.0: {@link BuiltCredentialProperties}), and
 * random damage to valid documents that only ever yields our typed errors.
 */
class BadgeJsonProperties {

    private final BadgeJson json = BadgeJson.standard();

    @Property(tries = 200)
    void ob2AssertionWriteThenReadIsIdentity(@ForAll("assertions") Assertion assertion) {
        BadgeDocument doc = json.read(json.write(assertion));
        assertThat(doc.kind()).isEqualTo(DocumentKind.OB2_ASSERTION);
        assertThat(doc.model()).contains(assertion);
    }

    @Property(tries = 500)
    void damagedDocumentsYieldOnlyTypedErrors(@ForAll("damaged") byte[] input) {
        assertThatCode(() -> {
            try {
                BadgeDocument doc = json.read(input);
                json.validate(doc);
                doc.model().ifPresent(json::write);
            } catch (BadgeJsonException expected) {
                assertThat(expected.code()).isNotNull();
                assertThat(expected.getMessage()).isNotBlank();
            }
        }).doesNotThrowAnyException();
        assertThat(json.validate(input)).isNotNull();
    }

    @Provide
    Arbitrary<OpenBadgeCredential> credentials() {
        return Ob3Arbitraries.credentials();
    }

    @Provide
    Arbitrary<Assertion> assertions() {
        return Ob2Arbitraries.assertions();
    }

    @Provide
    Arbitrary<byte[]> damaged() {
        Arbitrary<String> documents = Arbitraries.oneOf(
                Ob3Arbitraries.credentials().map(json::write),
                Ob2Arbitraries.assertions().map(json::write));
        Arbitrary<Mutation> mutations = Arbitraries.of(Mutation.values());
        return Combinators.combine(documents, mutations.list().ofMinSize(1).ofMaxSize(4),
                        Arbitraries.integers().between(0, Integer.MAX_VALUE).list().ofSize(4),
                        Arbitraries.strings().ofMinLength(1).ofMaxLength(6))
                .as((doc, muts, positions, noise) -> {
                    String text = doc;
                    for (int i = 0; i < muts.size(); i++) {
                        text = muts.get(i).apply(text, positions.get(i), noise);
                    }
                    return text.getBytes(StandardCharsets.UTF_8);
                });
    }

    /** Kinds of damage a document suffers in transit or at an attacker's hands. */
    enum Mutation {
        DELETE {
            @Override
            String apply(String s, int at, String noise) {
                int i = at % Math.max(1, s.length());
                return s.isEmpty() ? s : s.substring(0, i) + s.substring(i + 1);
            }
        },
        INSERT {
            @Override
            String apply(String s, int at, String noise) {
                int i = at % (s.length() + 1);
                return s.substring(0, i) + noise + s.substring(i);
            }
        },
        TRUNCATE {
            @Override
            String apply(String s, int at, String noise) {
                return s.substring(0, at % (s.length() + 1));
            }
        },
        RETYPE_VALUE {
            @Override
            String apply(String s, int at, String noise) {
                List<String> replacements = List.of("null", "[]", "{}", "7", "true", "[1,{\"a\":null}]", "\"x\"");
                int colon = s.indexOf(':', at % Math.max(1, s.length()));
                if (colon < 0) {
                    return s;
                }
                int end = colon + 1;
                int depth = 0;
                boolean string = false;
                for (; end < s.length(); end++) {
                    char c = s.charAt(end);
                    if (string) {
                        if (c == '\\') {
                            end++;
                        } else if (c == '"') {
                            string = false;
                        }
                    } else if (c == '"') {
                        string = true;
                    } else if (c == '{' || c == '[') {
                        depth++;
                    } else if (c == '}' || c == ']') {
                        if (depth == 0) {
                            break;
                        }
                        depth--;
                    } else if (c == ',' && depth == 0) {
                        break;
                    }
                }
                return s.substring(0, colon + 1) + replacements.get(at % replacements.size()) + s.substring(end);
            }
        },
        DUPLICATE_KEY {
            @Override
            String apply(String s, int at, String noise) {
                return s.startsWith("{") ? "{\"id\":\"urn:x\"," + s.substring(1).replaceFirst("\"id\"", "\"id\"") + "" : s;
            }
        };

        abstract String apply(String s, int at, String noise);
    }
}
