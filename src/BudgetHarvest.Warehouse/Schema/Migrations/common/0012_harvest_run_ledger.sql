-- Harvest runs recorded as they go, whichever process runs their jobs (CLI, scheduled, retried):
-- a run is opened when it starts, each source and document gets one row when it is discovered or
-- enqueued, and the job that ends an item fills in its outcome once (a retried job finds it filled).
-- When no item is outstanding the run is closed into harvest_runs / harvest_run_tallies (0010);
-- a run silent for too long is closed as stale, with its silent items counted as outstanding.
-- Tables of their own rather than columns of harvest_runs: DuckDB replays ALTERs of keyed tables badly.
CREATE TABLE harvest_run_starts (
    run_id           text        PRIMARY KEY,
    trigger          text        NOT NULL,
    started_at       timestamptz NOT NULL,
    last_activity_at timestamptz NOT NULL,
    state            text        NOT NULL CHECK (state IN ('running', 'complete', 'stale')),
    closed_at        timestamptz
);

CREATE TABLE harvest_run_items (
    run_id      text        NOT NULL,
    kind        text        NOT NULL CHECK (kind IN ('source', 'document')),
    location    text        NOT NULL,
    outcome     text        CHECK (outcome IN ('discovered', 'new', 'unchanged', 'failed')),
    code        text,
    region      text,
    fetched     boolean     NOT NULL,
    recorded_at timestamptz,
    PRIMARY KEY (run_id, kind, location)
);

-- The runs with their state (running runs are not closed yet, so they are not here; see harvest_run_starts).
DROP VIEW v_harvest_runs;
CREATE VIEW v_harvest_runs AS
SELECT r.run_id, r.trigger, r.started_at, r.finished_at, r.sources, r.documents, r.fetched,
       r.new, r.unchanged, r.failed, r.outstanding, t.outcome, t.code, t.region, t.items,
       coalesce(s.state, CASE WHEN r.outstanding > 0 THEN 'stale' ELSE 'complete' END) AS state
FROM harvest_runs r
LEFT JOIN harvest_run_tallies t ON t.run_id = r.run_id
LEFT JOIN harvest_run_starts s ON s.run_id = r.run_id;

INSERT INTO data_dictionary (object, column_name, term, meaning) VALUES
('v_harvest_runs', 'state', '运行状态', 'complete (every item reported) or stale (closed after too long a silence; outstanding items never reported)');
