-- PostgreSQL only: a trigram index makes "search_name like '%text%'" an index search instead of a
-- scan of every contact. pg_trgm ships with PostgreSQL's contrib package; where it is missing, or the
-- database user may not create extensions, the search still works (by scanning), and this migration
-- only leaves a notice.
DO $$
BEGIN
  BEGIN
    CREATE EXTENSION IF NOT EXISTS pg_trgm;
  EXCEPTION WHEN OTHERS THEN
    RAISE NOTICE 'pg_trgm is not available (%): contact search runs without a trigram index', SQLERRM;
  END;
  IF EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm') THEN
    BEGIN
      EXECUTE 'CREATE INDEX IF NOT EXISTS cnt_contact_search_trgm_ix ON cnt_contact USING gin (search_name gin_trgm_ops)';
    EXCEPTION WHEN OTHERS THEN
      RAISE NOTICE 'trigram index not created (%)', SQLERRM;
    END;
  END IF;
END
$$;
