-- Every change made through the API, written in the same transaction as the change itself.
CREATE TABLE audit_log (
    id        bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    term_id   bigint NOT NULL REFERENCES terms (id),
    at        timestamptz NOT NULL DEFAULT now(),
    by_name   text NOT NULL,
    action    text NOT NULL CHECK (action IN ('create', 'update', 'delete')),
    entity    text NOT NULL CHECK (entity IN ('term', 'question', 'indicator', 'red-flag')),
    entity_id bigint NOT NULL,
    before    jsonb,
    after     jsonb
);
CREATE INDEX audit_log_term_newest_first ON audit_log (term_id, id DESC);

-- Any committed change to guide or glossary content tells every listening API instance to drop its
-- caches and recompile its scoring dictionary. NOTIFY is transactional: it is sent on commit only,
-- and a rolled-back edit sends nothing. A trigger (not application code) so seed loads and manual
-- fixes in psql are seen too.
CREATE FUNCTION notify_content_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('hiringkit_content_changed', TG_TABLE_NAME);
    RETURN NULL;
END;
$$;

DO $$
DECLARE
    content_table text;
BEGIN
    FOREACH content_table IN ARRAY ARRAY['terms', 'components', 'phrases', 'false_friends', 'resume_examples',
                                         'job_titles', 'levels', 'questions', 'indicators', 'red_flags']
    LOOP
        EXECUTE format('CREATE TRIGGER %I AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON %I
                        FOR EACH STATEMENT EXECUTE FUNCTION notify_content_changed()',
                       content_table || '_notify_changed', content_table);
    END LOOP;
END;
$$;
