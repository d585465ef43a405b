-- Instances cache API-key lookups so that scoring and cached reads keep working while Postgres is away;
-- a revocation must still reach every instance at once, so key changes notify like content changes.
CREATE FUNCTION notify_keys_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('hiringkit_keys_changed', '');
    RETURN NULL;
END;
$$;

CREATE TRIGGER api_keys_notify_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON api_keys
    FOR EACH STATEMENT EXECUTE FUNCTION notify_keys_changed();
