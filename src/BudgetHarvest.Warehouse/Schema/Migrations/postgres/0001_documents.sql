-- One row per source PDF. The whole document is kept as jsonb so nothing the format carries is
-- lost before the normalized tables (later migrations) exist; the metadata columns are copied out
-- because every analytic query filters on them.
CREATE TABLE documents (
    sha256      text        PRIMARY KEY CHECK (sha256 ~ '^[0-9a-f]{64}$'),
    file        text        NOT NULL,
    pages       integer     NOT NULL CHECK (pages >= 0),
    unit_name   text,
    unit_code   text,
    department  text,
    region      text,
    year        integer,
    kind        text        CHECK (kind IN ('unit_budget', 'department_budget')),
    body        jsonb       NOT NULL,
    loaded_at   timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX documents_region_year ON documents (region, year);
