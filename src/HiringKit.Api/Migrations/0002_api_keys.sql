-- API keys are stored as SHA-256 of the key: the keys are 256-bit random values, so a slow
-- password hash buys nothing, and a fast hash keeps per-request authentication cheap.
CREATE TABLE api_keys (
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name       text NOT NULL CHECK (btrim(name) <> '' AND length(name) <= 100),
    role       text NOT NULL CHECK (role IN ('reader', 'scorer', 'editor', 'admin')),
    key_hash   bytea NOT NULL UNIQUE CHECK (length(key_hash) = 32),
    created_at timestamptz NOT NULL DEFAULT now(),
    revoked_at timestamptz
);
