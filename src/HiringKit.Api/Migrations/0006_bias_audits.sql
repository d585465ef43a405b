-- Issue 18: NYC Local Law 144 bias audits of the resume score. Only the aggregate an employer publishes
-- is kept (rates and ratios per category, counts, the median): never the applicant rows, which pair a
-- person's score with their sex and race/ethnicity and belong in the employer's own records, not ours.
CREATE TABLE bias_audits (
    id                bigserial PRIMARY KEY,
    created_at        timestamptz NOT NULL DEFAULT now(),
    created_by        text NOT NULL,
    created_by_key_id bigint REFERENCES api_keys (id),
    source            text,
    method            text NOT NULL CHECK (method IN ('scoring-rate', 'selection-rate')),
    scorer_version    text NOT NULL,
    total             integer NOT NULL CHECK (total >= 30),
    -- { median, threshold, unknown, sex, raceEthnicity, intersectional }: the published tables, nothing per person.
    result            jsonb NOT NULL
);
