-- Completeness as a status: each document's yield verdict (ok, low_yield, narrative_only, refused,
-- failed) beside its issue-based status, why, and how many tables it should have yielded (its 目录's,
-- else the standard kinds); table_count and budget_line_count already say what it did yield.
-- Rows stored before this version are judged from their stored body when the warehouse first opens
-- after the upgrade (the verdict is computed in code, never duplicated in SQL), so the columns stay
-- nullable here.
ALTER TABLE documents ADD COLUMN yield_status text;
ALTER TABLE documents ADD COLUMN yield_reason text;
ALTER TABLE documents ADD COLUMN tables_expected integer;
