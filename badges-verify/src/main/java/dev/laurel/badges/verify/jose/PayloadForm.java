package dev.laurel.badges.verify.jose;

/** How a VC-JWT carries its credential. */
public enum PayloadForm {
    /** The credential is the JWT payload, with {@code iss}, {@code sub}... beside it (OB 3.0, VC-JOSE-COSE). */
    CREDENTIAL,
    /** The credential is in the {@code vc} claim (VC Data Model 1.1 JWT encoding); verified with a warning. */
    VC_CLAIM
}
