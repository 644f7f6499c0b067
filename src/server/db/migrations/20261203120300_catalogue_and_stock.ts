/**
 * The clinic's product catalogue (onabotulinumtoxinA 100 U and 200 U: NDC, HCPCS) and the lots
 * in stock (lot number, expiry, vials received; vials used are derived from signed sessions), and
 * the clinic's operational settings (lot expiry warning, reconstitution limit, slot length).
 * Not clinical records: a catalogue entry or a lot may be corrected, with an audit row.
 */
import { sql, type Kysely } from "kysely";

const statements = [
  sql`CREATE TABLE products (
    clinic_id uuid NOT NULL REFERENCES clinics (id),
    id text NOT NULL CHECK (length(id) BETWEEN 1 AND 80),
    name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    vial_units integer NOT NULL CHECK (vial_units IN (100, 200)),
    ndc text NOT NULL CHECK (length(ndc) BETWEEN 1 AND 20),
    hcpcs text NOT NULL CHECK (length(hcpcs) BETWEEN 1 AND 10),
    standard_diluent_ml numeric NOT NULL CHECK (standard_diluent_ml > 0),
    active boolean NOT NULL DEFAULT true,
    PRIMARY KEY (clinic_id, id)
  )`,
  sql`CREATE TABLE lots (
    clinic_id uuid NOT NULL,
    id uuid NOT NULL,
    product_id text NOT NULL,
    lot_number text NOT NULL CHECK (length(lot_number) BETWEEN 1 AND 40),
    expiry date NOT NULL,
    vials_received integer NOT NULL CHECK (vials_received BETWEEN 0 AND 100000),
    received_on date NOT NULL,
    received_by uuid NOT NULL REFERENCES users (id),
    created_at timestamptz NOT NULL,
    PRIMARY KEY (clinic_id, id),
    FOREIGN KEY (clinic_id, product_id) REFERENCES products (clinic_id, id)
  )`,
  sql`CREATE UNIQUE INDEX lots_one_number_per_product ON lots (clinic_id, product_id, lot_number)`,
  sql`ALTER TABLE clinics ADD COLUMN operations jsonb NOT NULL DEFAULT '{}'::jsonb`,
  // Every existing clinic gets the default catalogue (new clinics get it when created).
  sql`INSERT INTO products (clinic_id, id, name, vial_units, ndc, hcpcs, standard_diluent_ml)
    SELECT clinics.id, p.id, p.name, p.vial_units, p.ndc, 'J0585', p.ml
    FROM clinics, (VALUES
      ('onabotulinumtoxinA-100', 'onabotulinumtoxinA (BOTOX) 100 U vial', 100, '0023-1145-01', 2),
      ('onabotulinumtoxinA-200', 'onabotulinumtoxinA (BOTOX) 200 U vial', 200, '0023-3921-02', 4)
    ) AS p (id, name, vial_units, ndc, ml)`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await statement.execute(db);
}
