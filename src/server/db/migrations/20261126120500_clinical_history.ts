/**
 * The clinical history eligibility needs (pathway-rules §5; ADR 0011), kept as revisions: rows are
 * only ever inserted. `clinical_history_revisions`: each save of the history (the latest is
 * current). `preventive_trials`: a trial's identity and patient; `preventive_trial_revisions`: each
 * version of it (1, 2, ...), the latest current, `entered-in-error` withdrawing it.
 * Dates are `start_date`/`end_date` (`end` is an SQL keyword).
 */
import { sql, type Kysely } from "kysely";

const statements = [
  sql`CREATE TABLE clinical_history_revisions (
    clinic_id uuid NOT NULL,
    patient_id uuid NOT NULL,
    id uuid NOT NULL,
    chronic_migraine_since date,
    botulinum_hypersensitivity boolean,
    injection_site_infection boolean,
    overuse_managed boolean,
    no_preventives_tried boolean NOT NULL,
    recorded_at timestamptz NOT NULL,
    recorded_by uuid NOT NULL REFERENCES users (id),
    PRIMARY KEY (clinic_id, id),
    FOREIGN KEY (clinic_id, patient_id) REFERENCES patients (clinic_id, id)
  )`,
  sql`CREATE INDEX clinical_history_revisions_by_patient ON clinical_history_revisions (clinic_id, patient_id, recorded_at)`,
  sql`CREATE TABLE preventive_trials (
    clinic_id uuid NOT NULL,
    id uuid NOT NULL,
    patient_id uuid NOT NULL,
    created_at timestamptz NOT NULL,
    PRIMARY KEY (clinic_id, id),
    FOREIGN KEY (clinic_id, patient_id) REFERENCES patients (clinic_id, id)
  )`,
  sql`CREATE INDEX preventive_trials_by_patient ON preventive_trials (clinic_id, patient_id)`,
  sql`CREATE TABLE preventive_trial_revisions (
    clinic_id uuid NOT NULL,
    trial_id uuid NOT NULL,
    revision integer NOT NULL CHECK (revision >= 1),
    name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    class text NOT NULL CHECK (class IN ('antiepileptic', 'beta-blocker', 'antidepressant', 'arb-ace', 'calcium-channel-blocker', 'cgrp-antibody', 'gepant', 'other')),
    start_date date NOT NULL,
    end_date date CHECK (end_date >= start_date),
    outcome text NOT NULL CHECK (outcome IN ('ineffective', 'not-tolerated', 'contraindicated', 'effective', 'ongoing')),
    status text NOT NULL CHECK (status IN ('active', 'entered-in-error')),
    recorded_at timestamptz NOT NULL,
    recorded_by uuid NOT NULL REFERENCES users (id),
    PRIMARY KEY (clinic_id, trial_id, revision),
    FOREIGN KEY (clinic_id, trial_id) REFERENCES preventive_trials (clinic_id, id)
  )`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await statement.execute(db);
}
