/**
 * The clinic's product catalogue and lots in stock. Products are seeded from the defaults
 * (src/domain/stock/products.ts) the first time a clinic's catalogue is read; vials used are
 * derived from the current revisions of signed sessions, never typed in.
 */
import { sql } from "kysely";
import { DEFAULT_PRODUCTS } from "#domain/stock/products.ts";
import type { LotRow, ProductRow } from "../../db/schema.ts";
import type { Executor } from "../../shared/executor.ts";

/** Adds the default products a clinic lacks (idempotent). */
export async function ensureProducts(db: Executor, clinicId: string): Promise<void> {
  await db
    .insertInto("products")
    .values(DEFAULT_PRODUCTS.map((p) => ({ clinic_id: clinicId, id: p.id, name: p.name, vial_units: p.vialUnits, ndc: p.ndc, hcpcs: p.hcpcs, standard_diluent_ml: p.standardDiluentMl })))
    .onConflict((oc) => oc.columns(["clinic_id", "id"]).doNothing())
    .execute();
}

export async function listProducts(db: Executor, clinicId: string): Promise<ProductRow[]> {
  return db.selectFrom("products").selectAll().where("clinic_id", "=", clinicId).orderBy("vial_units").orderBy("id").execute();
}

export type LotWithProduct = LotRow & { product_name: string; vial_units: number; standard_diluent_ml: string };

export async function listLots(db: Executor, clinicId: string): Promise<LotWithProduct[]> {
  return db
    .selectFrom("lots")
    .innerJoin("products", (join) => join.onRef("products.clinic_id", "=", "lots.clinic_id").onRef("products.id", "=", "lots.product_id"))
    .selectAll("lots")
    .select(["products.name as product_name", "products.vial_units as vial_units", "products.standard_diluent_ml as standard_diluent_ml"])
    .where("lots.clinic_id", "=", clinicId)
    .orderBy("lots.expiry")
    .orderBy("lots.lot_number")
    .execute();
}

export async function findLots(db: Executor, clinicId: string, lotIds: readonly string[]): Promise<LotWithProduct[]> {
  if (lotIds.length === 0) return [];
  return (await listLots(db, clinicId)).filter((lot) => lotIds.includes(lot.id));
}

export async function insertLot(db: Executor, lot: Omit<LotRow, never>): Promise<void> {
  await db.insertInto("lots").values(lot).execute();
}

/**
 * Vials used from each lot: the sum over the current revision of every signed (active) session
 * of its vial lines from that lot. A withdrawn session gives its vials back; an amendment's count
 * replaces the original's.
 */
export async function vialsUsedByLot(db: Executor, clinicId: string): Promise<Map<string, number>> {
  const { rows } = await sql<{ lot_id: string; vials: number }>`
    SELECT v->>'lotId' AS lot_id, sum((v->>'vials')::int)::int AS vials
    FROM (
      SELECT DISTINCT ON (record_id) content, status
      FROM clinical_record_revisions
      WHERE clinic_id = ${clinicId} AND kind = 'injection-session'
      ORDER BY record_id, revision DESC
    ) AS current, jsonb_array_elements(current.content->'vials') AS v
    WHERE current.status = 'active'
    GROUP BY 1`.execute(db);
  return new Map(rows.map((row) => [row.lot_id, row.vials]));
}
