package dev.laurel.badges.core.taxonomy.classify;

import dev.laurel.badges.core.taxonomy.CredentialLevel;
import dev.laurel.badges.core.taxonomy.LevelKind;
import dev.laurel.badges.core.taxonomy.internal.Text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The votes gathered for one badge, and the rule that turns them into a {@link Classification}. */
final class Scorecard {

    private static final LevelKind[] KINDS = LevelKind.values();

    private final double[] direct = new double[KINDS.length];
    private double formal;
    private double informal;
    private final List<Reason> reasons = new ArrayList<>(8);
    private Optional<String> eventKind = Optional.empty();
    private KeywordMatcher.Hits hits;

    /** Returns the hit buffer, empty; one per badge, reused for each source. */
    KeywordMatcher.Hits hits() {
        if (hits == null) {
            hits = new KeywordMatcher.Hits(Rules.KEYWORDS.size(), Rules.GROUPS);
        } else {
            hits.clear();
        }
        return hits;
    }

    void vote(ReasonCode code, LevelKind kind, double weight, String message) {
        direct[kind.ordinal()] += weight;
        reasons.add(new Reason(code, Optional.of(kind), weight, message));
    }

    void formal(ReasonCode code, double weight, String message) {
        formal += weight;
        reasons.add(new Reason(code, Optional.empty(), weight, message));
    }

    void informal(ReasonCode code, double weight, String message) {
        informal += weight;
        reasons.add(new Reason(code, Optional.empty(), weight, message));
    }

    void note(ReasonCode code, String message) {
        reasons.add(new Reason(code, Optional.empty(), 0, message));
    }

    /** Scans text from one source and votes once per group that it speaks for. */
    void keywords(Rules.Source source, String text) {
        KeywordMatcher.Hits buffer = hits();
        Rules.KEYWORDS.scan(text, buffer);
        keywords(source, buffer);
    }

    void keywords(Rules.Source source, KeywordMatcher.Hits hits) {
        if (hits.isEmpty()) {
            return;
        }
        for (int group = 0; group < Rules.GROUPS; group++) {
            int count = hits.count(group);
            if (count == 0) {
                continue;
            }
            double weight = source.weight(group, count);
            StringBuilder words = new StringBuilder();
            for (int index : hits.inOrder()) {
                KeywordMatcher.Pattern p = Rules.KEYWORDS.pattern(index);
                if (p.group() == group) {
                    if (words.length() > 0) {
                        words.append(", ");
                    }
                    words.append('"').append(p.display()).append('"');
                    if (eventKind.isEmpty()) {
                        eventKind = p.eventKind();
                    }
                }
            }
            if (group == Rules.FORMAL) {
                formal(ReasonCode.ASSESSMENT_KEYWORDS, weight, source.where + " speaks of an assessment ("
                        + words + "): formal +" + Text.decimal(weight));
            } else if (group == Rules.INFORMAL) {
                informal(ReasonCode.NO_ASSESSMENT_KEYWORDS, weight, source.where + " rules an assessment out ("
                        + words + "): informal +" + Text.decimal(weight));
            } else {
                LevelKind kind = KINDS[group];
                vote(source.code, kind, weight, source.where + " mentions " + words + ": " + kind.id() + " +"
                        + Text.decimal(weight));
            }
        }
    }

    Classification decide() {
        boolean formalRung = false;
        boolean informalRung = false;
        double total = formal + informal;
        for (LevelKind k : KINDS) {
            total += direct[k.ordinal()];
            if (direct[k.ordinal()] > 0) {
                if (k.isFormal()) {
                    formalRung = true;
                } else {
                    informalRung = true;
                }
            }
        }
        if (total <= 0) {
            reasons.add(new Reason(ReasonCode.NO_EVIDENCE, Optional.empty(), 0,
                    "nothing in the badge points to a level"));
            return new Classification(Optional.empty(), 0, Basis.UNCLASSIFIED, reasons);
        }
        LevelKind best = null;
        double bestScore = -1;
        for (LevelKind k : Rules.MODEST_FIRST) {
            double s = score(k, formalRung, informalRung);
            if (s > bestScore + 1e-9) {
                best = k;
                bestScore = s;
            }
        }
        double confidence = Text.round2(Math.min(Rules.MAX_INFERRED, bestScore) * bestScore / total);
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

    private double score(LevelKind k, boolean formalRung, boolean informalRung) {
        double s = direct[k.ordinal()];
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
