-- One row per source PDF: the DuckDB form of PostgreSQL's documents table after its version 3
-- (DuckDB cannot add unique columns to an existing table, and an embedded file starts empty anyway).
-- The whole document is kept as JSON so the dashboard can show it back exactly.
CREATE SEQUENCE document_id_seq;

CREATE TABLE documents (
    sha256            text        PRIMARY KEY CHECK (length(sha256) = 64),
    document_id       bigint      NOT NULL UNIQUE DEFAULT nextval('document_id_seq'),
    file              text        NOT NULL,
    pages             integer     NOT NULL CHECK (pages >= 0),
    source_uri        text,
    unit_id           integer,
    unit_name         text,
    unit_code         text,
    department        text,
    region            text,
    year              integer,
    kind              text        CHECK (kind IN ('unit_budget', 'department_budget')),
    status            text        NOT NULL CHECK (status IN ('ok', 'warning', 'failed')),
    is_latest         boolean     NOT NULL DEFAULT false,
    extractor_version text,
    fetched_at        timestamptz,
    loaded_at         timestamptz NOT NULL,
    reviewed_at       timestamptz,
    reviewed_by       text,
    table_count       integer     NOT NULL,
    issue_count       integer     NOT NULL,
    error_count       integer     NOT NULL,
    warning_count     integer     NOT NULL,
    budget_line_count integer     NOT NULL,
    body              JSON        NOT NULL
);
