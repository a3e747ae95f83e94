-- Documents gain their unit, status, version and review state. Rows stored before this version
-- have no facts (version 2 did not exist when they were loaded): reload them into a fresh database.
CREATE SEQUENCE document_id_seq;

ALTER TABLE documents
    ADD COLUMN document_id       bigint  NOT NULL DEFAULT nextval('document_id_seq'),
    ADD COLUMN source_uri        text,
    ADD COLUMN unit_id           integer REFERENCES units,
    ADD COLUMN status            text    NOT NULL DEFAULT 'ok' CHECK (status IN ('ok', 'warning', 'failed')),
    ADD COLUMN is_latest         boolean NOT NULL DEFAULT false,
    ADD COLUMN extractor_version text,
    ADD COLUMN fetched_at        timestamptz,
    ADD COLUMN reviewed_at       timestamptz,
    ADD COLUMN reviewed_by       text,
    ADD COLUMN table_count       integer NOT NULL DEFAULT 0,
    ADD COLUMN issue_count       integer NOT NULL DEFAULT 0,
    ADD COLUMN error_count       integer NOT NULL DEFAULT 0,
    ADD COLUMN warning_count     integer NOT NULL DEFAULT 0,
    ADD COLUMN budget_line_count integer NOT NULL DEFAULT 0,
    ADD CONSTRAINT documents_document_id_key UNIQUE (document_id);

ALTER SEQUENCE document_id_seq OWNED BY documents.document_id;

CREATE INDEX documents_unit_year ON documents (unit_id, year, kind);
-- A guard behind the loader's locking: two versions can never both be latest.
CREATE UNIQUE INDEX documents_one_latest ON documents (unit_id, year, kind) WHERE is_latest;
CREATE INDEX documents_loaded_at ON documents (loaded_at DESC, document_id DESC);

-- Facts are appended document by document, so document_id grows with the physical order: a BRIN
-- index finds a document's lines for almost no cost at load time, unlike a B-tree.
CREATE INDEX budget_lines_document ON budget_lines USING brin (document_id);
CREATE INDEX performance_indicators_document ON performance_indicators USING brin (document_id);
CREATE INDEX issues_code ON issues (code);

-- The body is read back whole (by the dashboard), never searched: json keeps the text as loaded
-- (key order included) and costs a fraction of jsonb's conversion at load time; lz4 compresses
-- the ~100 kB documents several times faster than the default pglz.
ALTER TABLE documents ALTER COLUMN body TYPE json USING body::json;
ALTER TABLE documents ALTER COLUMN body SET COMPRESSION lz4;
