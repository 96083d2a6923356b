-- 0001: articles with revisions, claims, evidence and the append-only event log.
-- Shipped migrations are never edited; add a new NNNN_name.sql instead.

CREATE TABLE articles (
    id          INTEGER PRIMARY KEY,
    -- Identifies the source across re-imports (the canonical path).
    source_key  TEXT NOT NULL UNIQUE,
    -- The latest revision number, kept here so listings need no max() subquery.
    revision    INTEGER NOT NULL,
    created_at  TEXT NOT NULL
);

CREATE TABLE revisions (
    id          INTEGER PRIMARY KEY,
    article_id  INTEGER NOT NULL REFERENCES articles(id),
    revision    INTEGER NOT NULL,
    title       TEXT,
    date        TEXT,
    source      TEXT,
    author      TEXT,
    format      TEXT NOT NULL,
    body        TEXT NOT NULL,
    hash        TEXT NOT NULL,
    imported_at TEXT NOT NULL,
    imported_by TEXT NOT NULL,
    UNIQUE (article_id, revision)
);

CREATE TABLE claims (
    id          INTEGER PRIMARY KEY,
    article_id  INTEGER NOT NULL REFERENCES articles(id),
    -- The revision the spans refer to; a claim is listed while this is the article's latest.
    revision    INTEGER NOT NULL,
    start_byte  INTEGER NOT NULL,
    end_byte    INTEGER NOT NULL,
    text        TEXT NOT NULL,
    -- Whitespace collapsed and case-folded: what re-imports match on.
    norm        TEXT NOT NULL,
    score       REAL NOT NULL,
    kind        TEXT NOT NULL,
    speaker     TEXT,
    reasons     TEXT NOT NULL DEFAULT '[]',
    promoted    INTEGER NOT NULL DEFAULT 0,
    dismissed   INTEGER NOT NULL DEFAULT 0,
    stale       INTEGER NOT NULL DEFAULT 0,
    -- A hand promotion that was undone: kept for the log, never listed.
    retracted   INTEGER NOT NULL DEFAULT 0,
    -- For a stale claim: the reviewed claim of the previous revision it replaces.
    replaces    INTEGER REFERENCES claims(id),
    verdict     TEXT NOT NULL DEFAULT 'unverified'
                CHECK (verdict IN ('confirmed', 'disputed', 'unverified')),
    reviewed    INTEGER NOT NULL DEFAULT 0,
    note        TEXT NOT NULL DEFAULT '',
    rev         INTEGER NOT NULL DEFAULT 1,
    updated_by  TEXT,
    updated_at  TEXT
);
CREATE INDEX claims_by_article ON claims (article_id, revision, start_byte);

CREATE TABLE evidence (
    id          INTEGER PRIMARY KEY,
    claim_id    INTEGER NOT NULL REFERENCES claims(id),
    text        TEXT NOT NULL,
    added_by    TEXT NOT NULL,
    added_at    TEXT NOT NULL,
    -- Set when the addition is undone; the row stays.
    removed     INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX evidence_by_claim ON evidence (claim_id);

CREATE TABLE events (
    id          INTEGER PRIMARY KEY,
    claim_id    INTEGER NOT NULL REFERENCES claims(id),
    reviewer    TEXT NOT NULL,
    at          TEXT NOT NULL,
    action      TEXT NOT NULL,
    from_value  TEXT,
    to_value    TEXT,
    note        TEXT,
    -- JSON: what reverting this change needs.
    undo_data   TEXT,
    -- For `undo` / `undo_skipped` events: the event they answer. An event is undone when one points at it.
    undoes      INTEGER REFERENCES events(id)
);
CREATE INDEX events_by_claim ON events (claim_id, id);
CREATE INDEX events_by_reviewer ON events (reviewer, id);
CREATE UNIQUE INDEX events_by_undoes ON events (undoes) WHERE undoes IS NOT NULL;

CREATE TRIGGER events_no_update BEFORE UPDATE ON events
BEGIN
    SELECT RAISE(ABORT, 'the event log is append-only');
END;

CREATE TRIGGER events_no_delete BEFORE DELETE ON events
BEGIN
    SELECT RAISE(ABORT, 'the event log is append-only');
END;
