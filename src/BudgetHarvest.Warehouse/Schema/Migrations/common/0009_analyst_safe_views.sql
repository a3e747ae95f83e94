-- Analyst-safe views, in SQL that PostgreSQL and DuckDB both accept. The earlier views hold every
-- printed line: a 合计 line, a department line and a unit line with equal amounts triple a naive sum,
-- a 三公 table that prints last year's row doubles one, and a 三公 合计 column may include 会议费 and
-- 培训费. These views say which line is which, and v_unit_year gives each unit-year's headline totals.

-- The unit the seed list filed a document under: provenance only, the unit is the one the PDF prints.
-- A table of its own, not columns of documents: DuckDB cannot replay from its WAL an ALTER of a table
-- whose column default calls nextval (documents.document_id), so a snapshot reader would fail.
CREATE TABLE document_seeds (
    document_id bigint PRIMARY KEY,
    unit_name   text,
    unit_code   text,
    department  text,
    region      text
);

-- Every printed amount of the latest documents with its table's kind and facets, and:
--   is_total  a 合计/总计 line, or the uncoded line above the codes of a 功能/经济科目 table (a unit's total);
--   level     类/款/项 from the subject code's length (3/5/7 digits), 合计 for a total line;
--   period    current, prior (a row labelled with last year, 上年…) or change (增减/变化), from the row label
--             or the printed header of an unmapped column.
CREATE VIEW v_lines AS
SELECT b.document_id, b.sha256, b.unit_id, b.unit_name, b.region, b.year, b.document_kind,
       b.table_ordinal, b.table_number, b.table_title, b.table_kind, b.funding, b.spending, b.row_key,
       b.row_number, b.code, b.name, b.parent, b.panel, b.label, b.column_key, b.extra_header,
       b.amount_yuan, b.amount_printed, b.measure, b.is_total,
       CASE WHEN b.is_total THEN '合计'
            WHEN length(b.code) = 3 THEN '类'
            WHEN length(b.code) = 5 THEN '款'
            WHEN length(b.code) = 7 THEN '项'
       END AS level,
       CASE WHEN b.row_text LIKE '%增减%' OR b.row_text LIKE '%变化%' OR b.row_text LIKE '%比上年%' THEN 'change'
            WHEN b.row_text LIKE '%' || CAST(b.year - 1 AS text) || '年%' OR b.row_text LIKE '%上年预算%'
              OR b.row_text LIKE '上年%' THEN 'prior'
            ELSE 'current'
       END AS period
FROM (
    SELECT d.document_id, d.sha256, d.unit_id, d.unit_name, d.region, d.year, d.document_kind,
           l.table_ordinal, l.table_number, t.title AS table_title, l.table_kind, t.funding, t.spending, t.row_key,
           l.row_number, l.code, l.name, l.parent, l.panel, l.label, l.column_key, l.extra_header,
           l.amount_yuan, l.amount_printed, l.measure,
           replace(replace(coalesce(l.label, '') || '|' || coalesce(l.extra_header, ''), ' ', ''), '　', '') AS row_text,
           (replace(replace(coalesce(l.name, ''), ' ', ''), '　', '') LIKE '%合计'
             OR replace(replace(coalesce(l.name, ''), ' ', ''), '　', '') LIKE '%总计'
             OR replace(replace(coalesce(l.label, ''), ' ', ''), '　', '') LIKE '%合计'
             OR replace(replace(coalesce(l.label, ''), ' ', ''), '　', '') LIKE '%总计'
             OR (l.code IS NULL AND t.row_key IN ('function', 'economic')
                 AND count(l.code) OVER (PARTITION BY l.document_id, l.table_ordinal) > 0)) AS is_total
    FROM budget_lines l
    JOIN v_documents d ON d.document_id = l.document_id
    JOIN document_tables t ON t.document_id = l.document_id AND t.table_ordinal = l.table_ordinal
) b;

-- One amount per table, column (and panel) of the latest documents, this year's only: the largest
-- total line (the grand total is never smaller than a department's or a unit's), else the sum of
-- the 类 lines, else the sum of uncoded lines (a table of one line per funding source or unit).
CREATE VIEW v_table_totals AS
SELECT document_id, unit_id, year, table_ordinal, table_number, table_kind, funding, spending, row_key, panel, column_key,
       coalesce(max(amount_yuan) FILTER (WHERE is_total),
                sum(amount_yuan) FILTER (WHERE level = '类'),
                sum(amount_yuan) FILTER (WHERE level IS NULL AND code IS NULL)) AS amount_yuan
FROM v_lines
WHERE period = 'current' AND column_key <> 'extra'
GROUP BY document_id, unit_id, year, table_ordinal, table_number, table_kind, funding, spending, row_key, panel, column_key;

-- "三公"经费 lines of this year: three_public is 因公出国(境) + 公务接待 + 公务用车 (购置及运行), never
-- 会议费 or 培训费, whatever the printed 合计 column adds up; printed_total is that column as printed.
CREATE VIEW v_three_public_lines AS
SELECT document_id, sha256, unit_id, unit_name, region, year, document_kind, table_ordinal, table_number, table_title,
       funding, row_key, row_number, label, code, name, is_total, period,
       CASE WHEN outbound IS NULL AND reception IS NULL AND vehicle_total IS NULL AND vehicle_purchase IS NULL AND vehicle_operation IS NULL
            THEN printed_total
            ELSE coalesce(outbound, 0) + coalesce(reception, 0) + coalesce(vehicle_total, coalesce(vehicle_purchase, 0) + coalesce(vehicle_operation, 0))
       END AS three_public,
       printed_total, outbound, reception, vehicle_total, vehicle_purchase, vehicle_operation, meeting, training
FROM (
    SELECT document_id, sha256, unit_id, unit_name, region, year, document_kind, table_ordinal, table_number, table_title,
           funding, row_key, row_number, label, code, name, is_total, period,
           max(amount_yuan) FILTER (WHERE column_key = 'total') AS printed_total,
           max(amount_yuan) FILTER (WHERE column_key = 'outbound') AS outbound,
           max(amount_yuan) FILTER (WHERE column_key = 'reception') AS reception,
           max(amount_yuan) FILTER (WHERE column_key = 'vehicle_total') AS vehicle_total,
           max(amount_yuan) FILTER (WHERE column_key = 'vehicle_purchase') AS vehicle_purchase,
           max(amount_yuan) FILTER (WHERE column_key = 'vehicle_operation') AS vehicle_operation,
           max(amount_yuan) FILTER (WHERE column_key = 'meeting') AS meeting,
           max(amount_yuan) FILTER (WHERE column_key = 'training') AS training
    FROM v_lines
    -- Unmapped columns carry their own period (a printed prior-year column); a row's comes from its label.
    WHERE table_kind = 'three_public' AND column_key <> 'extra'
    GROUP BY document_id, sha256, unit_id, unit_name, region, year, document_kind, table_ordinal, table_number, table_title,
             funding, row_key, row_number, label, code, name, is_total, period
) p;

-- One row per unit and year: its latest document (a 部门预算 before a 单位预算 of the same unit-year,
-- then the newest fetch) with the headline totals in yuan, each taken once (see v_table_totals).
-- tables_expected adds the tables the 目录 lists but the document lacks (missing_table issues).
CREATE VIEW v_unit_year AS
SELECT d.unit_id, u.unit_name, u.unit_code, u.department, u.region, d.year, d.document_id, d.sha256,
       d.kind AS document_kind, d.status, s.unit_name AS seed_unit_name,
       h.income_total, h.expense_total, h.general_budget, h.basic, h.project,
       tp.three_public, tp.meeting, tp.training,
       d.table_count AS tables_found,
       coalesce(d.tables_expected, d.table_count + coalesce(m.missing, 0)) AS tables_expected,
       d.budget_line_count AS budget_lines,
       d.yield_status, d.yield_reason,
       CASE WHEN d.table_count = 0 THEN 'no_tables'
            WHEN coalesce(m.missing, 0) > 0 OR d.yield_status = 'low_yield' THEN 'incomplete'
            WHEN d.error_count > 0 OR d.warning_count > 0 THEN 'check'
            ELSE 'good'
       END AS quality
FROM (
    SELECT x.*, row_number() OVER (PARTITION BY x.unit_id, x.year
                                   ORDER BY CASE WHEN x.kind = 'department_budget' THEN 0 ELSE 1 END,
                                            coalesce(x.fetched_at, x.loaded_at) DESC, x.document_id DESC) AS pick
    FROM documents x
    WHERE x.is_latest
) d
JOIN units u ON u.unit_id = d.unit_id
LEFT JOIN document_seeds s ON s.document_id = d.document_id
LEFT JOIN (
    SELECT document_id,
           coalesce(max(amount_yuan) FILTER (WHERE table_kind = 'income_by_unit' AND column_key = 'total' AND coalesce(funding, 'all') = 'all'),
                    max(amount_yuan) FILTER (WHERE table_kind = 'summary' AND panel = 'income' AND coalesce(funding, 'all') = 'all')) AS income_total,
           coalesce(max(amount_yuan) FILTER (WHERE table_kind = 'expense_by_unit' AND column_key = 'total' AND coalesce(funding, 'all') = 'all'),
                    max(amount_yuan) FILTER (WHERE table_kind = 'summary' AND panel = 'expense' AND coalesce(funding, 'all') = 'all')) AS expense_total,
           coalesce(max(amount_yuan) FILTER (WHERE table_kind = 'function_detail' AND funding = 'general_budget' AND coalesce(spending, 'all') = 'all' AND column_key = 'total'),
                    max(amount_yuan) FILTER (WHERE table_kind = 'expense_by_unit' AND column_key = 'general_budget')) AS general_budget,
           coalesce(max(amount_yuan) FILTER (WHERE table_kind = 'expense_by_unit' AND coalesce(funding, 'all') = 'all' AND column_key = 'basic'),
                    max(amount_yuan) FILTER (WHERE table_kind = 'expense_by_unit' AND coalesce(funding, 'all') = 'all' AND column_key = 'personnel')
                    + max(amount_yuan) FILTER (WHERE table_kind = 'expense_by_unit' AND coalesce(funding, 'all') = 'all' AND column_key = 'public')) AS basic,
           max(amount_yuan) FILTER (WHERE table_kind = 'expense_by_unit' AND coalesce(funding, 'all') = 'all' AND column_key = 'project') AS project
    FROM v_table_totals
    GROUP BY document_id
) h ON h.document_id = d.document_id
LEFT JOIN (
    -- Per 三公 table: the largest this-year total line, else the sum of this year's lines (one per
    -- funding source or unit); a document printing two 三公 tables counts the larger once.
    SELECT document_id, max(three_public) AS three_public, max(meeting) AS meeting, max(training) AS training
    FROM (
        SELECT document_id, table_ordinal,
               coalesce(max(three_public) FILTER (WHERE is_total), sum(three_public)) AS three_public,
               coalesce(max(meeting) FILTER (WHERE is_total), sum(meeting)) AS meeting,
               coalesce(max(training) FILTER (WHERE is_total), sum(training)) AS training
        FROM v_three_public_lines
        WHERE period = 'current'
        GROUP BY document_id, table_ordinal
    ) per_table
    GROUP BY document_id
) tp ON tp.document_id = d.document_id
LEFT JOIN (
    SELECT document_id, count(*) AS missing FROM issues WHERE code = 'missing_table' GROUP BY document_id
) m ON m.document_id = d.document_id
WHERE d.pick = 1;

-- The narrative sections of the latest documents (情况说明, 名词解释 …) with their unit and year.
CREATE VIEW v_sections AS
SELECT d.document_id, d.sha256, d.unit_id, d.unit_name, d.region, d.year, d.document_kind,
       s.ordinal, s.label, s.heading, s.content, s.pages
FROM sections s
JOIN v_documents d ON d.document_id = s.document_id;
