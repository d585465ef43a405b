-- The glossary model: many terms, each with its phrases, titles, components, levels and question bank.
-- Every content row carries version/updated_at/updated_by for optimistic concurrency and audit,
-- and deleted_at because deletes are soft (history keeps them; seed loading must not resurrect them).

CREATE TABLE terms (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    slug            text NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$' AND length(slug) <= 100),
    name            text NOT NULL CHECK (btrim(name) <> ''),
    industry        text NOT NULL CHECK (btrim(industry) <> ''),
    summary         text NOT NULL CHECK (btrim(summary) <> ''),
    why_it_matters  text NOT NULL DEFAULT '',
    version         integer NOT NULL DEFAULT 1 CHECK (version > 0),
    updated_at      timestamptz NOT NULL DEFAULT now(),
    updated_by      text NOT NULL,
    deleted_at      timestamptz
);

CREATE TABLE components (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    term_id     bigint NOT NULL REFERENCES terms (id),
    key         text NOT NULL CHECK (key ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    name        text NOT NULL CHECK (btrim(name) <> ''),
    description text NOT NULL DEFAULT '',
    position    integer NOT NULL DEFAULT 0,
    version     integer NOT NULL DEFAULT 1 CHECK (version > 0),
    updated_at  timestamptz NOT NULL DEFAULT now(),
    updated_by  text NOT NULL,
    deleted_at  timestamptz,
    UNIQUE (term_id, key)
);

-- Phrases are stored lowercase: the scorer reports them as stored and matching is case-insensitive.
CREATE TABLE phrases (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    term_id      bigint NOT NULL REFERENCES terms (id),
    phrase       text NOT NULL CHECK (btrim(phrase) <> '' AND phrase = lower(phrase)),
    kind         text NOT NULL CHECK (kind IN ('canonical', 'synonym', 'related')),
    component_id bigint REFERENCES components (id),
    position     integer NOT NULL DEFAULT 0,
    version      integer NOT NULL DEFAULT 1 CHECK (version > 0),
    updated_at   timestamptz NOT NULL DEFAULT now(),
    updated_by   text NOT NULL,
    deleted_at   timestamptz
);
CREATE UNIQUE INDEX phrases_term_phrase_live ON phrases (term_id, phrase) WHERE deleted_at IS NULL;

CREATE TABLE false_friends (
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    term_id    bigint NOT NULL REFERENCES terms (id),
    phrase     text NOT NULL CHECK (btrim(phrase) <> '' AND phrase = lower(phrase)),
    position   integer NOT NULL DEFAULT 0,
    version    integer NOT NULL DEFAULT 1 CHECK (version > 0),
    updated_at timestamptz NOT NULL DEFAULT now(),
    updated_by text NOT NULL,
    deleted_at timestamptz
);
CREATE UNIQUE INDEX false_friends_term_phrase_live ON false_friends (term_id, phrase) WHERE deleted_at IS NULL;

CREATE TABLE resume_examples (
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    term_id    bigint NOT NULL REFERENCES terms (id),
    text       text NOT NULL CHECK (btrim(text) <> ''),
    position   integer NOT NULL DEFAULT 0,
    version    integer NOT NULL DEFAULT 1 CHECK (version > 0),
    updated_at timestamptz NOT NULL DEFAULT now(),
    updated_by text NOT NULL,
    deleted_at timestamptz
);

CREATE TABLE job_titles (
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    term_id    bigint NOT NULL REFERENCES terms (id),
    title      text NOT NULL CHECK (btrim(title) <> ''),
    kind       text NOT NULL CHECK (kind IN ('typical', 'related')),
    position   integer NOT NULL DEFAULT 0,
    version    integer NOT NULL DEFAULT 1 CHECK (version > 0),
    updated_at timestamptz NOT NULL DEFAULT now(),
    updated_by text NOT NULL,
    deleted_at timestamptz
);
CREATE UNIQUE INDEX job_titles_term_title_live ON job_titles (term_id, lower(title)) WHERE deleted_at IS NULL;

CREATE TABLE levels (
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    term_id    bigint NOT NULL REFERENCES terms (id),
    level      text NOT NULL CHECK (level IN ('junior', 'mid', 'senior')),
    label      text NOT NULL CHECK (btrim(label) <> ''),
    min_years  integer NOT NULL CHECK (min_years >= 0),
    max_years  integer CHECK (max_years IS NULL OR max_years > min_years),
    version    integer NOT NULL DEFAULT 1 CHECK (version > 0),
    updated_at timestamptz NOT NULL DEFAULT now(),
    updated_by text NOT NULL,
    UNIQUE (term_id, level)
);

-- Questions and indicators reference (term, level) so content can only exist at a level the term defines.
CREATE TABLE questions (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    term_id         bigint NOT NULL,
    level           text NOT NULL CHECK (level IN ('junior', 'mid', 'senior')),
    question        text NOT NULL CHECK (btrim(question) <> ''),
    expected_answer text NOT NULL CHECK (btrim(expected_answer) <> ''),
    position        integer NOT NULL DEFAULT 0,
    version         integer NOT NULL DEFAULT 1 CHECK (version > 0),
    updated_at      timestamptz NOT NULL DEFAULT now(),
    updated_by      text NOT NULL,
    deleted_at      timestamptz,
    FOREIGN KEY (term_id, level) REFERENCES levels (term_id, level)
);
CREATE UNIQUE INDEX questions_term_level_text_live ON questions (term_id, level, lower(question)) WHERE deleted_at IS NULL;

CREATE TABLE indicators (
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    term_id    bigint NOT NULL,
    level      text NOT NULL CHECK (level IN ('junior', 'mid', 'senior')),
    text       text NOT NULL CHECK (btrim(text) <> ''),
    position   integer NOT NULL DEFAULT 0,
    version    integer NOT NULL DEFAULT 1 CHECK (version > 0),
    updated_at timestamptz NOT NULL DEFAULT now(),
    updated_by text NOT NULL,
    deleted_at timestamptz,
    FOREIGN KEY (term_id, level) REFERENCES levels (term_id, level)
);
CREATE UNIQUE INDEX indicators_term_level_text_live ON indicators (term_id, level, lower(text)) WHERE deleted_at IS NULL;

CREATE TABLE red_flags (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    term_id        bigint NOT NULL REFERENCES terms (id),
    text           text NOT NULL CHECK (btrim(text) <> ''),
    probe_question text,
    position       integer NOT NULL DEFAULT 0,
    version        integer NOT NULL DEFAULT 1 CHECK (version > 0),
    updated_at     timestamptz NOT NULL DEFAULT now(),
    updated_by     text NOT NULL,
    deleted_at     timestamptz
);
CREATE UNIQUE INDEX red_flags_term_text_live ON red_flags (term_id, lower(text)) WHERE deleted_at IS NULL;

-- Every seed item ever inserted, by its stable key. The loader skips a key it has seen, so content
-- that HR staff changed or deleted through the API is never overwritten or brought back.
CREATE TABLE seed_items (
    seed_key  text PRIMARY KEY,
    loaded_at timestamptz NOT NULL DEFAULT now()
);
