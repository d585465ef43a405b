-- Issue 15: a key's name is who its holder is in the history, so two keys with one name let an admin
-- make edits look like someone else's; and creating or revoking a key left no record at all.

-- Edits recorded before key ids were kept: where exactly one key has ever had the recorded name, that key
-- made them (keys are revoked, never deleted, so the set of keys with a name only grows). Other rows keep
-- a null key id rather than a guess.
ALTER TABLE audit_log ADD COLUMN by_key_id bigint REFERENCES api_keys (id);
UPDATE audit_log a SET by_key_id = (SELECT k.id FROM api_keys k WHERE k.name = a.by_name)
WHERE (SELECT count(*) FROM api_keys k WHERE k.name = a.by_name) = 1;

-- Existing duplicates: the oldest key keeps the name, later ones get their id appended, so every name
-- stays recognisable and becomes unique before the index is built. Names compare ignoring case
-- ("HR-Jane" would pass for "hr-jane" in a history), and revoked keys keep theirs, so a name is never
-- reused and old history rows stay unambiguous.
UPDATE api_keys k SET name = left(k.name, 80) || ' (key ' || k.id || ')'
WHERE EXISTS (SELECT 1 FROM api_keys older WHERE lower(older.name) = lower(k.name) AND older.id < k.id);
CREATE UNIQUE INDEX api_keys_name_unique ON api_keys (lower(name));

-- Key creation and revocation go into the same history as content changes, without a term.
ALTER TABLE audit_log ALTER COLUMN term_id DROP NOT NULL;
ALTER TABLE audit_log DROP CONSTRAINT audit_log_action_check,
    ADD CONSTRAINT audit_log_action_check CHECK (action IN ('create', 'update', 'delete', 'revoke'));
ALTER TABLE audit_log DROP CONSTRAINT audit_log_entity_check,
    ADD CONSTRAINT audit_log_entity_check CHECK (entity IN ('term', 'question', 'indicator', 'red-flag', 'key'));
ALTER TABLE audit_log ADD CONSTRAINT audit_log_key_rows_have_no_term CHECK ((entity = 'key') = (term_id IS NULL));
CREATE INDEX audit_log_keys_newest_first ON audit_log (id DESC) WHERE entity = 'key';

-- Which keys came from Auth__BootstrapAdminKey: configuring a new value revokes the previous one.
ALTER TABLE api_keys ADD COLUMN bootstrap boolean NOT NULL DEFAULT false;
UPDATE api_keys SET bootstrap = true WHERE name = 'bootstrap-admin';
