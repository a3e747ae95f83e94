-- Reviewers' corrections, an overlay kept by the document's SHA-256 (not its document_id, which a
-- re-extraction replaces): applied again on every load of that SHA-256, never dropped. A correction
-- that no longer applies is kept with applied = false and the reason, and the document gets a
-- correction_not_applied warning. Values are text (a kind, a number, a row key, a cell as typed).
CREATE SEQUENCE correction_id_seq;

CREATE TABLE corrections (
    correction_id bigint      PRIMARY KEY DEFAULT nextval('correction_id_seq'),
    sha256        text        NOT NULL,
    action        text        NOT NULL,
    table_ordinal integer,
    table_number  integer,
    table_title   text,
    row_number    integer,
    row_label     text,
    field         text,
    before_value  text,
    after_value   text,
    note          text,
    made_by       text,
    made_at       timestamptz NOT NULL,
    applied       boolean     NOT NULL DEFAULT true,
    problem       text
);

-- No index: the table holds what people typed (thousands of rows, not millions), and DuckDB cannot
-- replay a CREATE INDEX from its WAL in the read-only snapshots analysts' SQL runs on.

-- A corrected document's extraction as extracted (documents.body holds the corrected one, which every
-- reader shows), and the reviewer's exclusion and verdict in force, by SHA-256 like the corrections.
-- An excluded document is never the latest version, so it is out of every analyst view. (A table of
-- its own: DuckDB cannot replay from its WAL an ALTER of documents, whose CHECKs it must bind again.)
CREATE TABLE document_corrections (
    sha256           text    PRIMARY KEY,
    extracted_body   text    NOT NULL,
    excluded_reason  text,
    reviewer_verdict text,
    reviewer_note    text,
    correction_count integer NOT NULL
);

-- Which tables and lines a correction changed (null on rows loaded before this version). Added last,
-- so the bulk writers' column order holds; no DEFAULT, which DuckDB cannot replay from its WAL.
ALTER TABLE document_tables ADD COLUMN corrected boolean;
ALTER TABLE budget_lines ADD COLUMN corrected boolean;
