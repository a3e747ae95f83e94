-- Harvest run history (CLI and web runs alike): one row per run, its outcomes split by failure code
-- and region in harvest_run_tallies. Written once per run, when the run is over.
CREATE TABLE harvest_runs (
    run_id      text        PRIMARY KEY,
    trigger     text        NOT NULL,
    started_at  timestamptz NOT NULL,
    finished_at timestamptz NOT NULL,
    sources     integer     NOT NULL,
    documents   integer     NOT NULL,
    fetched     integer     NOT NULL,
    new         integer     NOT NULL,
    unchanged   integer     NOT NULL,
    failed      integer     NOT NULL,
    outstanding integer     NOT NULL
);

CREATE TABLE harvest_run_tallies (
    run_id  text    NOT NULL,
    outcome text    NOT NULL CHECK (outcome IN ('new', 'unchanged', 'failed')),
    code    text,
    region  text,
    items   integer NOT NULL
);

-- The runs with their tallies, for charts: one row per run, outcome, failure code and region.
CREATE VIEW v_harvest_runs AS
SELECT r.run_id, r.trigger, r.started_at, r.finished_at, r.sources, r.documents, r.fetched,
       r.new, r.unchanged, r.failed, r.outstanding, t.outcome, t.code, t.region, t.items
FROM harvest_runs r
LEFT JOIN harvest_run_tallies t ON t.run_id = r.run_id;

-- What the analyst columns mean: column → the Chinese term printed in the PDFs → meaning.
-- docs/warehouse.md prints the same list (a test keeps the two in step).
CREATE TABLE data_dictionary (
    object      text NOT NULL,
    column_name text NOT NULL,
    term        text NOT NULL,
    meaning     text NOT NULL,
    PRIMARY KEY (object, column_name)
);

INSERT INTO data_dictionary (object, column_name, term, meaning) VALUES
('v_unit_year', 'unit_name', '单位名称', 'the unit the PDF prints (not the harvest seed''s unit)'),
('v_unit_year', 'seed_unit_name', '种子单位', 'the unit the harvest seed list filed the PDF under (provenance only)'),
('v_unit_year', 'region', '地区', 'the city (or province) of the unit'),
('v_unit_year', 'year', '预算年度', 'the budget year'),
('v_unit_year', 'document_kind', '部门预算/单位预算', 'department_budget or unit_budget; a department budget is chosen over a unit budget of the same unit-year'),
('v_unit_year', 'income_total', '收入合计', 'total income of the 收入总表 (its 合计 line), else the income panel total of the 收支总表, in yuan'),
('v_unit_year', 'expense_total', '支出合计', 'total spending of the 支出总表 (its 合计 line), else the spending panel total of the 收支总表, in yuan'),
('v_unit_year', 'general_budget', '一般公共预算支出', 'general public budget spending: the 合计 of the 一般公共预算支出表 by function, in yuan'),
('v_unit_year', 'basic', '基本支出', 'basic spending (人员经费 + 公用经费) of the 支出总表, in yuan'),
('v_unit_year', 'project', '项目支出', 'project spending of the 支出总表, in yuan'),
('v_unit_year', 'yield_status', '完整性', 'the document''s yield verdict: ok, low_yield, narrative_only, refused or failed (the review list''s reason is yield_reason)'),
('v_unit_year', 'yield_reason', '完整性说明', 'why the yield verdict is not ok, in words'),
('v_unit_year', 'three_public', '“三公”经费', '因公出国(境)费 + 公务接待费 + 公务用车购置及运行费 of this year, without 会议费 and 培训费, in yuan'),
('v_unit_year', 'meeting', '会议费', 'meeting costs printed beside the 三公 (not part of it), in yuan'),
('v_unit_year', 'training', '培训费', 'training costs printed beside the 三公 (not part of it), in yuan'),
('v_unit_year', 'tables_found', '公开表格', 'tables the extractor found in the PDF'),
('v_unit_year', 'tables_expected', '目录表格', 'tables the 目录 lists (found plus missing_table issues), or with no 目录 the standard set the document''s kinds imply'),
('v_unit_year', 'quality', '质量', 'good; check (warnings to review); incomplete (tables missing, or low yield); no_tables'),
('v_lines', 'is_total', '合计/总计行', 'a total line (合计, 总计, or a unit''s uncoded line above the subject codes): leave it out of sums over detail lines'),
('v_lines', 'level', '类/款/项', 'the subject level from the code length (3/5/7 digits), 合计 for a total line; sum one level only'),
('v_lines', 'period', '本年/上年', 'current, prior (a row of last year''s figures) or change (增减变化); sum current only'),
('v_lines', 'funding', '资金来源', 'the funding the table covers: all, fiscal (财政拨款), general_budget (一般公共预算), gov_fund (政府性基金), state_capital (国有资本经营)'),
('v_lines', 'spending', '支出类型', 'the spending the table covers: all, basic (基本支出), project (项目支出)'),
('v_lines', 'row_key', '行的含义', 'what a row is: unit, function (功能分类科目), economic (经济分类科目), item, project …'),
('v_lines', 'column_key', '列', 'the amount column: total (合计), basic, project, personnel (人员经费), public (公用经费), … extra (a printed column with no key)'),
('v_lines', 'amount_yuan', '金额（元）', 'the printed amount converted to yuan (万元 × 10000)'),
('v_three_public_lines', 'three_public', '“三公”经费', 'outbound + reception + vehicle of the line, never 会议费/培训费'),
('v_three_public_lines', 'printed_total', '合计（印刷）', 'the printed 合计 column; some templates include 会议费 and 培训费 in it'),
('v_three_public_lines', 'outbound', '因公出国（境）费', 'official travel abroad'),
('v_three_public_lines', 'reception', '公务接待费', 'official reception'),
('v_three_public_lines', 'vehicle_total', '公务用车购置及运行费', 'official vehicles: purchase and operation'),
('v_sections', 'label', '章节', 'what a narrative section is about (functions, explanations, glossary …)'),
('v_harvest_runs', 'outcome', '结果', 'new (loaded for the first time), unchanged (already loaded) or failed'),
('v_harvest_runs', 'code', '失败原因', 'the failure code of failed items (http_404, not_a_disclosure, …)'),
('v_harvest_runs', 'region', '地区', 'the city of the item''s unit (printed, else the seed''s)');
