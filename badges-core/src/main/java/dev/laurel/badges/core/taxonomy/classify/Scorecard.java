package dev.laurel.badges.core.taxonomy.classify;

import dev.laurel.badges.core.taxonomy.CredentialLevel;
import dev.laurel.badges.core.taxonomy.LevelKind;
import dev.laurel.badges.core.taxonomy.internal.Text;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** The votes gathered for one badge, and the rules that turn them into a {@link Classification}. */
final class Scorecard {

    private static final LevelKind[] KINDS = LevelKind.values();

    private final Lexicon lexicon;
    private final double[] direct = new double[KINDS.length];
    /** Which kinds of evidence (reason codes) voted for each level, and for the formal and informal families. */
    private final List<Set<ReasonCode>> sources = new ArrayList<>(KINDS.length + 2);
    private double formal;
    private double informal;
    private final List<Reason> reasons = new ArrayList<>(8);
    private Optional<String> eventKind = Optional.empty();
    private KeywordMatcher.Hits hits;
    private boolean accredited;
    private Optional<String> accreditation = Optional.empty();
    private Optional<LevelKind> typeKind = Optional.empty();
    private double typeWeight;
    private String typeName = "";

    Scorecard(Lexicon lexicon) {
        this.lexicon = lexicon;
        for (int i = 0; i < KINDS.length + 2; i++) {
            sources.add(EnumSet.noneOf(ReasonCode.class));
        }
    }

    /** Returns the hit buffer, empty; one per badge, reused for each source. */
    KeywordMatcher.Hits hits() {
        if (hits == null) {
            hits = new KeywordMatcher.Hits(lexicon.matcher().size(), Lexicon.GROUPS);
        } else {
            hits.clear();
        }
        return hits;
    }

    KeywordMatcher matcher() {
        return lexicon.matcher();
    }

    void vote(ReasonCode code, LevelKind kind, double weight, String message) {
        direct[kind.ordinal()] += weight;
        sources.get(kind.ordinal()).add(code);
        reasons.add(new Reason(code, Optional.of(kind), weight, message));
    }

    /** Records the achievementType's vote, which the rest of the badge may contradict. */
    void typeVote(String type, LevelKind kind, double weight, String message) {
        typeKind = Optional.of(kind);
        typeWeight = weight;
        typeName = type;
        vote(ReasonCode.ACHIEVEMENT_TYPE, kind, weight, message);
    }

    void formal(ReasonCode code, double weight, String message) {
        formal += weight;
        sources.get(KINDS.length).add(code);
        reasons.add(new Reason(code, Optional.empty(), weight, message));
    }

    void informal(ReasonCode code, double weight, String message) {
        informal += weight;
        sources.get(KINDS.length + 1).add(code);
        reasons.add(new Reason(code, Optional.empty(), weight, message));
    }

    void note(ReasonCode code, String message) {
        reasons.add(new Reason(code, Optional.empty(), 0, message));
    }

    /** Records that something in the badge shows an accreditation by a third party. */
    void accredited(String what) {
        if (!accredited) {
            accredited = true;
            accreditation = Optional.of(what);
        }
    }

    /** Scans text from one source and votes once per group that it speaks for. */
    void keywords(Rules.Source source, String text) {
        KeywordMatcher.Hits buffer = hits();
        lexicon.matcher().scan(text, buffer);
        keywords(source, buffer);
    }

    void keywords(Rules.Source source, KeywordMatcher.Hits hits) {
        if (hits.isEmpty()) {
            return;
        }
        String where = lexicon.language().equals("en") ? source.where : source.where + " (" + lexicon.language() + ")";
        for (int group = 0; group < Lexicon.GROUPS; group++) {
            int count = hits.count(group);
            if (count == 0) {
                continue;
            }
            if (group == Lexicon.PROFESSIONAL_BODY && source != Rules.Source.ISSUER) {
                continue;
            }
            // The issuer's profile says what kind of body it is, not what the badge is for: only an
            // accrediting or professional body, or an event organiser, is read there.
            if (source == Rules.Source.ISSUER && group != Lexicon.PROFESSIONAL_BODY && group != Lexicon.ACCREDITATION
                    && group != LevelKind.PARTICIPATION.ordinal()) {
                continue;
            }
            double weight = source.weight(group, count);
            if (group == Lexicon.ACCREDITATION) {
                weight = Text.round2(weight * Rules.ACCREDITATION_FACTOR);
            }
            if (source == Rules.Source.ISSUER && group == LevelKind.PARTICIPATION.ordinal()) {
                weight = Text.round2(weight / 2);
            }
            StringBuilder words = new StringBuilder();
            for (int index : hits.inOrder()) {
                KeywordMatcher.Pattern p = lexicon.matcher().pattern(index);
                if (p.group() == group) {
                    if (words.length() > 0) {
                        words.append(", ");
                    }
                    words.append('"').append(p.display()).append('"');
                    if (eventKind.isEmpty() && source != Rules.Source.ISSUER) {
                        eventKind = p.eventKind();
                    }
                }
            }
            if (group == Lexicon.FORMAL) {
                formal(ReasonCode.ASSESSMENT_KEYWORDS, weight, where + " speaks of an assessment ("
                        + words + "): formal +" + Text.decimal(weight));
            } else if (group == Lexicon.INFORMAL) {
                informal(ReasonCode.NO_ASSESSMENT_KEYWORDS, weight, where + " rules an assessment out ("
                        + words + "): informal +" + Text.decimal(weight));
            } else if (group == Lexicon.ACCREDITATION) {
                accredited(where + " " + words);
                vote(source.code, LevelKind.CERTIFICATION, weight, where + " speaks of accreditation (" + words
                        + "): certification +" + Text.decimal(weight));
            } else if (group == Lexicon.PROFESSIONAL_BODY) {
                accredited("the issuer, a professional or accrediting body (" + words + ")");
                vote(ReasonCode.ISSUER_KIND, LevelKind.CERTIFICATION, weight, where + " names a professional or "
                        + "accrediting body (" + words + "): certification +" + Text.decimal(weight));
            } else {
                LevelKind kind = KINDS[group];
                vote(source.code, kind, weight, where + " mentions " + words + ": " + kind.id() + " +"
                        + Text.decimal(weight));
            }
        }
    }

    Classification decide() {
        weighType();
        weighRecognition();
        double total = total();
        if (total <= 0) {
            reasons.add(new Reason(ReasonCode.NO_EVIDENCE, Optional.empty(), 0,
                    "nothing in the badge points to a level"));
            return new Classification(Optional.empty(), 0, Basis.UNCLASSIFIED, reasons);
        }
        LevelKind best = best();
        if (best == LevelKind.CERTIFICATION && !accredited) {
            double before = direct[LevelKind.CERTIFICATION.ordinal()];
            double after = Text.round2(before * Rules.UNACCREDITED_FACTOR);
            direct[LevelKind.CERTIFICATION.ordinal()] = after;
            reasons.add(new Reason(ReasonCode.UNACCREDITED_CERTIFICATION, Optional.of(LevelKind.CERTIFICATION), 0,
                    "a certification is claimed but nothing shows an accreditation (an accrediting body, a licence, "
                            + "a proctored or regulated exam, an accredited credential alignment): certification "
                            + Text.decimal(before) + " counts as " + Text.decimal(after)));
            total = total();
            best = best();
        } else if (best == LevelKind.CERTIFICATION) {
            accreditation.ifPresent(a -> reasons.add(new Reason(ReasonCode.ACCREDITED, Optional.of(
                    LevelKind.CERTIFICATION), 0, "accreditation shown by " + a)));
        }
        boolean formalRung = rung(true);
        boolean informalRung = rung(false);
        double bestScore = score(best, formalRung, informalRung);
        double confidence = Text.round2(Math.min(Rules.MAX_INFERRED, bestScore) * bestScore / total);
        Set<ReasonCode> behind = EnumSet.noneOf(ReasonCode.class);
        behind.addAll(sources.get(best.ordinal()));
        if (best.isFormal() ? formalRung || best == LevelKind.KNOWLEDGE : informalRung || best == LevelKind.PARTICIPATION) {
            behind.addAll(sources.get(KINDS.length + (best.isFormal() ? 0 : 1)));
        }
        if (behind.size() < 2 && confidence > Rules.SINGLE_SOURCE_CONFIDENCE) {
            reasons.add(new Reason(ReasonCode.SINGLE_SOURCE, Optional.of(best), 0, "only one kind of evidence ("
                    + behind.iterator().next().name() + ") speaks for " + best.id() + ": confidence "
                    + Text.decimal(confidence) + " is held at " + Text.decimal(Rules.SINGLE_SOURCE_CONFIDENCE)));
            confidence = Rules.SINGLE_SOURCE_CONFIDENCE;
        }
        if (bestScore < Rules.MIN_SCORE - 1e-9 || confidence < Rules.MIN_CONFIDENCE - 1e-9) {
            reasons.add(new Reason(ReasonCode.WEAK_EVIDENCE, Optional.of(best), 0,
                    "too little evidence: the best candidate, " + best.id() + ", scored " + Text.decimal(bestScore)
                            + " of " + Text.decimal(total) + " (confidence " + Text.decimal(confidence)
                            + "); a level needs a score of at least " + Text.decimal(Rules.MIN_SCORE)
                            + " and a confidence of at least " + Text.decimal(Rules.MIN_CONFIDENCE)));
            return new Classification(Optional.empty(), 0, Basis.UNCLASSIFIED, reasons);
        }
        if (best == LevelKind.KNOWLEDGE && !formalRung && formal > 0) {
            reasons.add(new Reason(ReasonCode.FIRST_RUNG, Optional.of(best), 0,
                    "formal evidence with no word for the rung: knowledge, the first formal rung"));
        } else if (best == LevelKind.PARTICIPATION && !informalRung && informal > 0) {
            reasons.add(new Reason(ReasonCode.FIRST_RUNG, Optional.of(best), 0,
                    "informal evidence with nothing more: participation"));
        }
        reasons.add(new Reason(ReasonCode.INFERRED, Optional.of(best), 0,
                "inferred " + best.id() + ": score " + Text.decimal(bestScore) + " of " + Text.decimal(total)
                        + ", confidence " + Text.decimal(confidence)));
        return new Classification(Optional.of(level(best)), confidence, Basis.INFERRED, reasons);
    }

    /**
     * Weighs the achievementType against the rest of the badge: when everything else points to the other
     * family (informal against a formal type, or formal against an informal one) with enough weight, the
     * type keeps only part of its weight, and the conflict is a reason with both weights.
     */
    private void weighType() {
        if (typeKind.isEmpty()) {
            return;
        }
        LevelKind type = typeKind.get();
        double sameFamily = 0;
        double otherFamily = 0;
        for (LevelKind k : KINDS) {
            double w = direct[k.ordinal()] - (k == type ? typeWeight : 0);
            if (k.isFormal() == type.isFormal()) {
                sameFamily += w;
            } else {
                otherFamily += w;
            }
        }
        sameFamily += type.isFormal() ? formal : informal;
        otherFamily += type.isFormal() ? informal : formal;
        if (otherFamily >= Rules.CONTRADICTION_THRESHOLD - 1e-9 && otherFamily > sameFamily + 1e-9) {
            double kept = Text.round2(typeWeight * Rules.CONTRADICTED_TYPE_FACTOR);
            direct[type.ordinal()] -= typeWeight - kept;
            reasons.add(new Reason(ReasonCode.TYPE_CONTRADICTED, Optional.of(type), 0, "achievementType " + typeName
                    + " says " + type.id() + " (+" + Text.decimal(typeWeight) + "), but the rest of the badge is "
                    + (type.isFormal() ? "informal" : "formal") + " (" + Text.decimal(otherFamily) + " against "
                    + Text.decimal(sameFamily) + "): the type counts " + Text.decimal(kept)));
        }
    }

    /**
     * A badge that names a nomination, a vote or thanks among people who took part (volunteers, an audience,
     * attendees) is recognition: the words of taking part are then its context, and count as informal
     * evidence rather than as a vote for participation.
     */
    private void weighRecognition() {
        int p = LevelKind.PARTICIPATION.ordinal();
        int r = LevelKind.RECOGNITION.ordinal();
        if (direct[r] >= Rules.CONTRADICTION_THRESHOLD - 1e-9 && direct[p] > 0) {
            double moved = direct[p];
            direct[p] = 0;
            informal += moved;
            sources.get(KINDS.length + 1).addAll(sources.get(p));
            reasons.add(new Reason(ReasonCode.RECOGNITION_CONTEXT, Optional.of(LevelKind.RECOGNITION), 0,
                    "peers nominate, vote or thank (recognition " + Text.decimal(direct[r]) + "); the words of taking "
                            + "part are its context: participation " + Text.decimal(moved) + " counts as informal"));
        }
    }

    private double total() {
        double total = formal + informal;
        for (LevelKind k : KINDS) {
            total += direct[k.ordinal()];
        }
        return total;
    }

    private boolean rung(boolean formalFamily) {
        for (LevelKind k : KINDS) {
            if (k.isFormal() == formalFamily && direct[k.ordinal()] > 1e-9) {
                return true;
            }
        }
        return false;
    }

    private LevelKind best() {
        boolean formalRung = rung(true);
        boolean informalRung = rung(false);
        LevelKind best = null;
        double bestScore = -1;
        for (LevelKind k : Rules.MODEST_FIRST) {
            double s = score(k, formalRung, informalRung);
            if (s > bestScore + 1e-9) {
                best = k;
                bestScore = s;
            }
        }
        return best;
    }

    private double score(LevelKind k, boolean formalRung, boolean informalRung) {
        double s = direct[k.ordinal()];
        if ((k == LevelKind.ABILITY || k == LevelKind.CERTIFICATION) && s >= Rules.LADDER_MINIMUM - 1e-9) {
            // Mastery and certification crown the rungs below: what those assess counts in part for them.
            for (LevelKind lower : KINDS) {
                if (lower.isFormal() && lower.compareTo(k) < 0) {
                    s += Rules.LADDER_SHARE * direct[lower.ordinal()];
                }
            }
        }
        if (k.isFormal()) {
            if (formalRung || k == LevelKind.KNOWLEDGE) {
                s += formal;
            }
        } else if (informalRung || k == LevelKind.PARTICIPATION) {
            s += informal;
        }
        return s;
    }

    private CredentialLevel level(LevelKind kind) {
        if (kind == LevelKind.PARTICIPATION && eventKind.isPresent()) {
            return new CredentialLevel.Participation(eventKind.map(e -> e.toLowerCase(Locale.ROOT)));
        }
        return CredentialLevel.of(kind);
    }
}
