-- The normalized tables analysts query, in SQL that PostgreSQL and DuckDB both accept.
-- Amounts are exact decimals: amount_yuan in yuan to 1/100 fen, amount_printed as the PDF printed it.
-- Fact tables have no foreign keys or primary keys: the loader writes a document's facts in the same
-- transaction as its documents row, and bulk loading is several times faster without per-row checks.

-- A budget unit (单位) or department, identified by its name with whitespace removed.
CREATE SEQUENCE unit_id_seq;

CREATE TABLE units (
    unit_id     integer PRIMARY KEY DEFAULT nextval('unit_id_seq'),
    unit_key    text    NOT NULL UNIQUE,
    unit_name   text    NOT NULL,
    unit_code   text,
    department  text,
    region      text
);

-- Every standard table a document prints (表N), empty ones included.
CREATE TABLE document_tables (
    document_id   bigint    NOT NULL,
    table_ordinal smallint  NOT NULL,
    table_number  integer,
    title         text      NOT NULL,
    table_kind    text      NOT NULL,
    measure       text,
    is_empty      boolean   NOT NULL,
    empty_reason  text,
    pages         integer[] NOT NULL,
    row_count     integer   NOT NULL,
    PRIMARY KEY (document_id, table_ordinal)
);

-- The fact table: one row per printed amount cell (a blank cell is a null amount; a column the
-- table does not print has no row). Row labels repeat on every amount of their row.
CREATE TABLE budget_lines (
    document_id    bigint        NOT NULL,
    table_ordinal  smallint      NOT NULL,
    table_number   integer,
    table_kind     text          NOT NULL,
    row_number     integer       NOT NULL,
    code           text,
    name           text,
    parent         text,
    panel          text,
    gov_code       text,
    gov_name       text,
    label          text,
    description    text,
    column_key     text          NOT NULL,
    amount_printed decimal(38,6),
    measure        text,
    amount_yuan    decimal(38,4)
);

CREATE TABLE sections (
    document_id bigint    NOT NULL,
    ordinal     smallint  NOT NULL,
    label       text      NOT NULL,
    heading     text,
    content     text      NOT NULL,
    pages       integer[] NOT NULL,
    PRIMARY KEY (document_id, ordinal)
);

CREATE TABLE issues (
    document_id  bigint  NOT NULL,
    ordinal      integer NOT NULL,
    code         text    NOT NULL,
    severity     text    NOT NULL CHECK (severity IN ('info', 'warning', 'error')),
    table_number integer,
    message      text    NOT NULL,
    PRIMARY KEY (document_id, ordinal)
);

-- 绩效目标表: the indicator lines, and each table's project header with its funds in yuan.
CREATE TABLE performance_indicators (
    document_id   bigint   NOT NULL,
    table_ordinal smallint NOT NULL,
    table_number  integer,
    row_number    integer  NOT NULL,
    level1        text,
    level2        text,
    name          text,
    value         text
);

CREATE TABLE performance_projects (
    document_id       bigint        NOT NULL,
    table_ordinal     smallint      NOT NULL,
    table_number      integer,
    project           text,
    department        text,
    funds_total_yuan  decimal(38,4),
    funds_fiscal_yuan decimal(38,4),
    funds_other_yuan  decimal(38,4),
    goals             text
);

-- 政府采购预算表 lines: their texts and quantity (not money); their amount is also a budget line.
CREATE TABLE procurement_items (
    document_id   bigint        NOT NULL,
    table_ordinal smallint      NOT NULL,
    table_number  integer,
    row_number    integer       NOT NULL,
    item          text,
    catalog       text,
    service       text,
    quantity      decimal(38,6),
    amount_yuan   decimal(38,4),
    schedule      text
);

-- Harvest sources that yielded no document (HTTP 404, not a PDF, too large …); append-only.
CREATE SEQUENCE source_failure_id_seq;

CREATE TABLE source_failures (
    failure_id  bigint      PRIMARY KEY DEFAULT nextval('source_failure_id_seq'),
    source_uri  text        NOT NULL,
    code        text        NOT NULL,
    message     text        NOT NULL,
    failed_at   timestamptz NOT NULL,
    unit_code   text,
    unit_name   text,
    recorded_at timestamptz NOT NULL
);
