-- Laurel's OB 3.0 API store, schema version 2 (badges-api-jdbc): what the web pages of issue 21 read. See
-- docs/API.md, "Schema and migrations". Portable SQL, as V1: the same script runs on H2 2.x and PostgreSQL 15.
-- V3 (a Java migration, CredentialIdKeyBackfill) then fills credential_id_key for the rows V1 stored: SHA-256
-- has no spelling common to H2 and PostgreSQL, so it is computed in Java, as new rows' keys are.

-- Who the learner lets see each credential: PRIVATE (only the learner), LINK (anyone given its link), PUBLIC.
-- Every existing entry becomes PRIVATE, as every new one is: sharing is the learner's choice, never a default.
ALTER TABLE laurel_credentials ADD COLUMN visibility VARCHAR(8) DEFAULT 'PRIVATE' NOT NULL;
ALTER TABLE laurel_credentials ADD CONSTRAINT laurel_credentials_visibility
    CHECK (visibility IN ('PRIVATE', 'LINK', 'PUBLIC'));

-- The lookup key of a shared credential's page (/badges/{id}, across owners): SHA-256 hex of the normalised
-- credential_id. credential_id itself cannot be indexed: it is TEXT, which H2 2.x stores as a CLOB. NULL when
-- the credential has no id (such a credential has no page).
ALTER TABLE laurel_credentials ADD COLUMN credential_id_key VARCHAR(64);
-- seq second: of several owners sharing one id, the first stored is read without a sort.
CREATE INDEX laurel_credentials_by_credential_id ON laurel_credentials (credential_id_key, seq);

-- The pathways each learner chose to follow (progress shown on the public backpack page), in the order chosen.
CREATE TABLE laurel_chosen_pathways (
    owner       VARCHAR(255) NOT NULL,
    pathway_id  VARCHAR(255) NOT NULL,  -- a pathway's id as the learner's client named it; not checked here
    sort_order  INTEGER      NOT NULL,  -- 0, 1, 2...: the order chosen
    CONSTRAINT laurel_chosen_pathways_one_each PRIMARY KEY (owner, pathway_id)
);
