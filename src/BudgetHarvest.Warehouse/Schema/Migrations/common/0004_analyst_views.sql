-- Analyst views, in SQL that PostgreSQL and DuckDB both accept. Every view shows only the latest
-- version of each unit, year and kind (documents.is_latest). Amounts are in yuan; the wide views put
-- one printed row per line with one column per amount (null: printed blank, or not printed at all).

CREATE VIEW v_documents AS
SELECT d.document_id, d.sha256, d.unit_id, u.unit_name, u.unit_code, u.department, u.region,
       d.year, d.kind AS document_kind, d.status, d.file, d.source_uri, d.pages,
       d.extractor_version, d.fetched_at, d.loaded_at, d.reviewed_at
FROM documents d
JOIN units u ON u.unit_id = d.unit_id
WHERE d.is_latest;

-- The fact table in long form, with its document's unit and year and its table's title.
CREATE VIEW v_budget_lines AS
SELECT d.document_id, d.sha256, d.unit_id, d.unit_name, d.region, d.year, d.document_kind,
       l.table_ordinal, l.table_number, t.title AS table_title, l.table_kind, l.row_number,
       l.code, l.name, l.parent, l.panel, l.gov_code, l.gov_name, l.label, l.description,
       l.column_key, l.amount_yuan, l.amount_printed, l.measure
FROM budget_lines l
JOIN v_documents d ON d.document_id = l.document_id
JOIN document_tables t ON t.document_id = l.document_id AND t.table_ordinal = l.table_ordinal;

-- 收支总表 / 财政拨款收支总表 / 政府性基金收支表: one row per printed label of each panel.
CREATE VIEW v_summary AS
SELECT l.document_id, l.sha256, l.unit_id, l.unit_name, l.region, l.year, l.document_kind,
       l.table_number, l.table_title, l.row_number, l.panel, l.name AS item, l.parent,
       l.amount_yuan AS amount
FROM v_budget_lines l
WHERE l.table_kind = 'summary' AND l.column_key = 'amount';

-- 收入总表 (表2): income by unit and source.
CREATE VIEW v_income_by_unit AS
SELECT l.document_id, l.sha256, l.unit_id, l.unit_name, l.region, l.year, l.document_kind,
       l.table_number, l.table_title, l.row_number, l.code, l.name,
       max(l.amount_yuan) FILTER (WHERE l.column_key = 'total') AS total,
       max(l.amount_yuan) FILTER (WHERE l.column_key = 'general_budget') AS general_budget,
       max(l.amount_yuan) FILTER (WHERE l.column_key = 'general_budget_special') AS general_budget_special,
       max(l.amount_yuan) FILTER (WHERE l.column_key = 'gov_fund') AS gov_fund,
       max(l.amount_yuan) FILTER (WHERE l.column_key = 'state_capital') AS state_capital,
       max(l.amount_yuan) FILTER (WHERE l.column_key = 'superior_subsidy') AS superior_subsidy,
       max(l.amount_yuan) FILTER (WHERE l.column_key = 'business') AS business,
       max(l.amount_yuan) FILTER (WHERE l.column_key = 'operating') AS operating,
       max(l.amount_yuan) FILTER (WHERE l.column_key = 'subsidiary') AS subsidiary,
       max(l.amount_yuan) FILTER (WHERE l.column_key = 'fund_balance_used') AS fund_balance_used,
       max(l.amount_yuan) FILTER (WHERE l.column_key = 'carryover') AS carryover,
       max(l.amount_yuan) FILTER (WHERE l.column_key = 'prior_balance') AS prior_balance,
       max(l.amount_yuan) FILTER (WHERE l.column_key = 'other') AS other
FROM v_budget_lines l
WHERE l.table_kind = 'income_by_unit'
GROUP BY l.document_id, l.sha256, l.unit_id, l.unit_name, l.region, l.year, l.document_kind, l.table_ordinal, l.table_number, l.table_title, l.row_number, l.code, l.name;

-- 支出总表 (表3): spending by unit, split by type or by funding source as the template prints.
CREATE VIEW v_expense_by_unit AS
SELECT l.document_id, l.sha256, l.unit_id, l.unit_name, l.region, l.year, l.document_kind,
       l.table_number, l.table_title, l.row_number, l.code, l.name,
       max(l.amount_yuan) FILTER (WHERE l.column_key = 'total') AS total,
       max(l.amount_yuan) FILTER (WHERE l.column_key = 'personnel') AS personnel,
       max(l.amount_yuan) FILTER (WHERE l.column_key = 'public') AS public,
       max(l.amount_yuan) FILTER (WHERE l.column_key = 'project') AS project,
       max(l.amount_yuan) FILTER (WHERE l.column_key = 'superior_remit') AS superior_remit,
       max(l.amount_yuan) FILTER (WHERE l.column_key = 'operating') AS operating,
       max(l.amount_yuan) FILTER (WHERE l.column_key = 'subsidiary') AS subsidiary,
       max(l.amount_yuan) FILTER (WHERE l.column_key = 'general_budget') AS general_budget,
       max(l.amount_yuan) FILTER (WHERE l.column_key = 'gov_fund') AS gov_fund,
       max(l.amount_yuan) FILTER (WHERE l.column_key = 'state_capital') AS state_capital,
       max(l.amount_yuan) FILTER (WHERE l.column_key = 'superior_subsidy') AS superior_subsidy,
       max(l.amount_yuan) FILTER (WHERE l.column_key = 'business') AS business,
       max(l.amount_yuan) FILTER (WHERE l.column_key = 'fund_balance_used') AS fund_balance_used,
       max(l.amount_yuan) FILTER (WHERE l.column_key = 'carryover') AS carryover,
       max(l.amount_yuan) FILTER (WHERE l.column_key = 'other') AS other
FROM v_budget_lines l
WHERE l.table_kind = 'expense_by_unit'
GROUP BY l.document_id, l.sha256, l.unit_id, l.unit_name, l.region, l.year, l.document_kind, l.table_ordinal, l.table_number, l.table_title, l.row_number, l.code, l.name;

-- 一般公共预算（基本）支出 by 功能科目 (表5, 表7).
CREATE VIEW v_function_detail AS
SELECT l.document_id, l.sha256, l.unit_id, l.unit_name, l.region, l.year, l.document_kind,
       l.table_number, l.table_title, l.row_number, l.code, l.name,
       max(l.amount_yuan) FILTER (WHERE l.column_key = 'total') AS total,
       max(l.amount_yuan) FILTER (WHERE l.column_key = 'personnel') AS personnel,
       max(l.amount_yuan) FILTER (WHERE l.column_key = 'public') AS public,
       max(l.amount_yuan) FILTER (WHERE l.column_key = 'project') AS project
FROM v_budget_lines l
WHERE l.table_kind = 'function_detail'
GROUP BY l.document_id, l.sha256, l.unit_id, l.unit_name, l.region, l.year, l.document_kind, l.table_ordinal, l.table_number, l.table_title, l.row_number, l.code, l.name;

-- 一般公共预算（基本）支出 by 经济科目 (表6, 表8).
CREATE VIEW v_economic_detail AS
SELECT l.document_id, l.sha256, l.unit_id, l.unit_name, l.region, l.year, l.document_kind,
       l.table_number, l.table_title, l.row_number, l.code, l.name, l.gov_code, l.gov_name,
       max(l.amount_yuan) FILTER (WHERE l.column_key = 'total') AS total,
       max(l.amount_yuan) FILTER (WHERE l.column_key = 'personnel') AS personnel,
       max(l.amount_yuan) FILTER (WHERE l.column_key = 'public') AS public,
       max(l.amount_yuan) FILTER (WHERE l.column_key = 'project') AS project
FROM v_budget_lines l
WHERE l.table_kind = 'economic_detail'
GROUP BY l.document_id, l.sha256, l.unit_id, l.unit_name, l.region, l.year, l.document_kind, l.table_ordinal, l.table_number, l.table_title, l.row_number, l.code, l.name, l.gov_code, l.gov_name;

-- 专项业务经费支出表 (表10).
CREATE VIEW v_project_list AS
SELECT l.document_id, l.sha256, l.unit_id, l.unit_name, l.region, l.year, l.document_kind,
       l.table_number, l.table_title, l.row_number, l.code, l.name, l.description,
       max(l.amount_yuan) FILTER (WHERE l.column_key = 'amount') AS amount
FROM v_budget_lines l
WHERE l.table_kind = 'project_list'
GROUP BY l.document_id, l.sha256, l.unit_id, l.unit_name, l.region, l.year, l.document_kind, l.table_ordinal, l.table_number, l.table_title, l.row_number, l.code, l.name, l.description;

-- "三公"经费及会议费、培训费 (表12/表13).
CREATE VIEW v_three_public AS
SELECT l.document_id, l.sha256, l.unit_id, l.unit_name, l.region, l.year, l.document_kind,
       l.table_number, l.table_title, l.row_number, l.label, l.code, l.name,
       max(l.amount_yuan) FILTER (WHERE l.column_key = 'total') AS total,
       max(l.amount_yuan) FILTER (WHERE l.column_key = 'outbound') AS outbound,
       max(l.amount_yuan) FILTER (WHERE l.column_key = 'reception') AS reception,
       max(l.amount_yuan) FILTER (WHERE l.column_key = 'vehicle_total') AS vehicle_total,
       max(l.amount_yuan) FILTER (WHERE l.column_key = 'vehicle_purchase') AS vehicle_purchase,
       max(l.amount_yuan) FILTER (WHERE l.column_key = 'vehicle_operation') AS vehicle_operation,
       max(l.amount_yuan) FILTER (WHERE l.column_key = 'meeting') AS meeting,
       max(l.amount_yuan) FILTER (WHERE l.column_key = 'training') AS training
FROM v_budget_lines l
WHERE l.table_kind = 'three_public'
GROUP BY l.document_id, l.sha256, l.unit_id, l.unit_name, l.region, l.year, l.document_kind, l.table_ordinal, l.table_number, l.table_title, l.row_number, l.label, l.code, l.name;

-- 政府采购预算表 (表11).
CREATE VIEW v_procurement AS
SELECT d.document_id, d.sha256, d.unit_id, d.unit_name, d.region, d.year, d.document_kind,
       p.table_number, p.row_number, p.item, p.catalog, p.service, p.quantity,
       p.amount_yuan AS amount, p.schedule
FROM procurement_items p
JOIN v_documents d ON d.document_id = p.document_id;

-- 绩效目标表 (表13–表15): indicator lines with their table's project and funds.
CREATE VIEW v_performance AS
SELECT d.document_id, d.sha256, d.unit_id, d.unit_name, d.region, d.year, d.document_kind,
       i.table_number, pp.project, pp.funds_total_yuan AS funds_total, i.row_number,
       i.level1, i.level2, i.name, i.value
FROM performance_indicators i
JOIN v_documents d ON d.document_id = i.document_id
LEFT JOIN performance_projects pp ON pp.document_id = i.document_id AND pp.table_ordinal = i.table_ordinal;

-- What the extractor flagged in the latest documents (sum mismatches, missing tables …).
CREATE VIEW v_issues AS
SELECT d.document_id, d.sha256, d.unit_id, d.unit_name, d.region, d.year, d.document_kind,
       i.ordinal, i.code, i.severity, i.table_number, i.message
FROM issues i
JOIN v_documents d ON d.document_id = i.document_id;
