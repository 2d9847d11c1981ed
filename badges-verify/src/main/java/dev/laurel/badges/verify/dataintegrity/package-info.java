/**
 * Embedded Data Integrity proofs: verifying and issuing {@code DataIntegrityProof} with the
 * {@code eddsa-rdfc-2022} cryptosuite (and the legacy {@code Ed25519Signature2020}), as Open Badges 3.0
 * uses them, with {@code ecdsa-rdfc-2019} (P-256 and P-384 keys), and selective disclosure with
 * {@code ecdsa-sd-2023} (P-256): the issuer signs a base proof with
 * {@link dev.laurel.badges.verify.dataintegrity.DataIntegritySigner} (mandatory JSON Pointers in
 * {@link dev.laurel.badges.verify.dataintegrity.ProofOptions#mandatoryPointers()}), the holder derives what
 * to reveal with {@link dev.laurel.badges.verify.dataintegrity.SelectiveDisclosure}, and verifiers check the
 * derived proof.
 *
 * <p>{@link dev.laurel.badges.verify.dataintegrity.DataIntegrityVerifier} returns a
 * {@link dev.laurel.badges.verify.dataintegrity.DataIntegrityReport} with one
 * {@link dev.laurel.badges.verify.dataintegrity.ProofResult} per proof; each result lists
 * {@link dev.laurel.badges.verify.report.Check}s with the stable ids of
 * {@link dev.laurel.badges.verify.report.ProofCheck}.
 * {@link dev.laurel.badges.verify.dataintegrity.DataIntegritySigner} adds proofs. JSON-LD processing uses
 * only the contexts bundled in the jar.
 *
 * <pre>{@code
 * LaurelKey key = KeyPairs.generate(KeyKind.ED25519);
 * ObjectNode signed = DataIntegritySigner.of(key).sign(credential,
 *         ProofOptions.of(ProofSuite.EDDSA_RDFC_2022, key.didKeyVerificationMethod(), Instant.now()));
 * DataIntegrityReport report = DataIntegrityVerifier.offline().verify(signed);
 * assert report.verified();
 * }</pre>
 */
package dev.laurel.badges.verify.dataintegrity;
