/**
 * The taxonomy side of Comprehensive Learner Records (CLR 2.0): a {@link
 * dev.laurel.badges.core.taxonomy.transcript.Transcript} reads a {@link dev.laurel.badges.core.model.clr.ClrCredential}
 * by level (the formal ladder in order, the informal levels beside it, the unclassified apart), turns its
 * associations into {@link dev.laurel.badges.core.taxonomy.pathway.Pathways} and hands its nested credentials to
 * {@link dev.laurel.badges.core.taxonomy.backpack.Backpack}, {@link dev.laurel.badges.core.taxonomy.policy.Policy}
 * and {@link dev.laurel.badges.core.taxonomy.policy.Requirements}; a {@link
 * dev.laurel.badges.core.taxonomy.transcript.ClrAssembler} builds an unsigned CLR from a backpack.
 *
 * <pre>{@code
 * Transcript t = Transcript.of(clr, statuses);          // one VerificationStatus per nested credential
 * t.formal().forEach(g -> System.out.println(g.level().id() + ": " + g.entries().size()));
 * t.progress();                                          // progress on the pathways the associations imply
 * t.decide(requirements, Instant.now()).verdict();
 *
 * ClrCredential built = ClrAssembler.create().id(id).name("Transcript").issuer(registrar)
 *         .validFrom(now).learner("did:example:sam").choose(backpack, BackpackEntry::isVerified)
 *         .inferAssociations(programmes).assemble();
 * }</pre>
 */
package dev.laurel.badges.core.taxonomy.transcript;
