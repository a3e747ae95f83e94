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

CREATE INDEX corrections_sha256 ON corrections (sha256);

-- A corrected document keeps its extraction as extracted (body holds the corrected one, which every
-- reader shows); the reviewer's exclusion and verdict are columns so lists and views can use them.
-- An excluded document is never the latest version, so it is out of every analyst view.
ALTER TABLE documents ADD COLUMN extracted_body text;
ALTER TABLE documents ADD COLUMN excluded_reason text;
ALTER TABLE documents ADD COLUMN reviewer_verdict text;
ALTER TABLE documents ADD COLUMN reviewer_note text;
ALTER TABLE documents ADD COLUMN correction_count integer DEFAULT 0;

-- Which tables and lines a correction changed. Added last, so the bulk writers' column order holds.
ALTER TABLE document_tables ADD COLUMN corrected boolean DEFAULT false;
ALTER TABLE budget_lines ADD COLUMN corrected boolean DEFAULT false;
