-- The role analysts' SQL runs under (query, export, dashboards): SELECT on this schema's tables and
-- views, now and later, and nothing else. Roles belong to the whole cluster, so it is created once and
-- granted per schema. A migrating user who may not create or grant roles skips this with a notice;
-- an administrator then runs the same statements (docs/warehouse.md).
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'budgetharvest_reader') THEN
        BEGIN
            CREATE ROLE budgetharvest_reader NOLOGIN;
        EXCEPTION WHEN duplicate_object OR unique_violation THEN
            NULL; -- a migrator of another schema created it a moment ago
        END;
    END IF;

    EXECUTE format('GRANT USAGE ON SCHEMA %I TO budgetharvest_reader', current_schema());
    EXECUTE format('GRANT SELECT ON ALL TABLES IN SCHEMA %I TO budgetharvest_reader', current_schema());
    EXECUTE format('ALTER DEFAULT PRIVILEGES IN SCHEMA %I GRANT SELECT ON TABLES TO budgetharvest_reader', current_schema());

    -- The loading user reads through the same role (SET ROLE needs membership unless it is a superuser).
    IF NOT (SELECT rolsuper FROM pg_roles WHERE rolname = current_user)
       AND NOT pg_has_role(current_user, 'budgetharvest_reader', 'MEMBER') THEN
        EXECUTE format('GRANT budgetharvest_reader TO %I', current_user);
    END IF;
EXCEPTION WHEN insufficient_privilege THEN
    RAISE NOTICE 'budgetharvest_reader not set up (%): query needs an administrator to create it, see docs/warehouse.md', SQLERRM;
END $$;
