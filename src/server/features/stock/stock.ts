/**
 * The clinic's stock: the catalogue and its lots, with vials used derived from signed sessions and
 * each lot's status as of the clinic's today (src/domain/stock/lots.ts). Receiving a lot refuses
 * one already expired and a lot number the product already has.
 */
import type { Stock } from "#contracts/api/stock.ts";
import { daysBetween, plainDate, type PlainDate } from "#domain/shared/plain-date.ts";
import { lotStock } from "#domain/stock/lots.ts";
import { v7 as uuidv7 } from "uuid";
import { AppError, invalidField } from "../../app-error.ts";
import { audit } from "../../shared/audit.ts";
import type { ServiceDeps } from "../../shared/deps.ts";
import type { Executor } from "../../shared/executor.ts";
import { readSnapshot } from "../../shared/read-snapshot.ts";
import { clinicOperations, clinicToday } from "../clinic-settings/clinic-settings.ts";
import { insertLot, listLots, listProducts, vialsUsedByLot } from "./repository.ts";

async function stockView(db: Executor, clinicId: string, now: Date): Promise<Stock> {
  const [{ today }, operations, products, lots, used] = await Promise.all([
    clinicToday(db, clinicId, now),
    clinicOperations(db, clinicId),
    listProducts(db, clinicId),
    listLots(db, clinicId),
    vialsUsedByLot(db, clinicId),
  ]);
  return {
    today,
    lotExpiryWarningDays: operations.lotExpiryWarningDays,
    products: products.map((p) => ({ id: p.id, name: p.name, vialUnits: p.vial_units, ndc: p.ndc, hcpcs: p.hcpcs, standardDiluentMl: Number(p.standard_diluent_ml), active: p.active })),
    lots: lots.map((lot) => {
      const stock = lotStock(
        { id: lot.id, lotNumber: lot.lot_number, productId: lot.product_id, vialUnits: lot.vial_units, expiry: plainDate(lot.expiry), vialsReceived: lot.vials_received },
        used.get(lot.id) ?? 0,
        today,
        operations,
      );
      return {
        id: lot.id,
        productId: lot.product_id,
        productName: lot.product_name,
        lotNumber: lot.lot_number,
        expiry: lot.expiry,
        vialUnits: lot.vial_units,
        vialsReceived: lot.vials_received,
        vialsUsed: stock.vialsUsed,
        vialsLeft: stock.vialsLeft,
        daysToExpiry: stock.daysToExpiry,
        status: stock.status,
        receivedOn: lot.received_on,
      };
    }),
  };
}

export async function readStock(deps: ServiceDeps, clinicId: string): Promise<Stock> {
  return readSnapshot(deps.db, (tx) => stockView(tx, clinicId, deps.clock()));
}

export interface ReceiveLot {
  readonly productId: string;
  readonly lotNumber: string;
  readonly expiry: PlainDate;
  readonly vialsReceived: number;
  readonly receivedOn?: PlainDate | undefined;
}

/** Receives a lot; refused when already expired, for an unknown or retired product, or a lot number the product has. */
export async function receiveLot(deps: ServiceDeps, clinicId: string, actorUserId: string, input: ReceiveLot): Promise<Stock> {
  const now = deps.clock();
  return deps.db.transaction().execute(async (tx) => {
    const { today } = await clinicToday(tx, clinicId, now);
    const product = (await listProducts(tx, clinicId)).find((p) => p.id === input.productId);
    if (product === undefined || !product.active) throw invalidField("productId", "is not a product in this clinic's catalogue");
    if (daysBetween(today, input.expiry) < 0) throw invalidField("expiry", "is already past: an expired lot cannot be taken into stock");
    const receivedOn = input.receivedOn ?? today;
    if (daysBetween(today, receivedOn) > 0) throw invalidField("receivedOn", "must not be after today");
    const taken = (await listLots(tx, clinicId)).some((lot) => lot.product_id === input.productId && lot.lot_number.toLowerCase() === input.lotNumber.toLowerCase());
    if (taken) throw new AppError("conflict", "This lot is already in stock; correct its vials instead.", { issues: [{ path: "lotNumber", message: "is already in stock for this product" }] });
    const id = uuidv7();
    await insertLot(tx, { clinic_id: clinicId, id, product_id: input.productId, lot_number: input.lotNumber, expiry: input.expiry, vials_received: input.vialsReceived, received_on: receivedOn, received_by: actorUserId, created_at: now.toISOString() });
    await audit(tx, now, { clinicId, actorUserId, action: "lot.received", entity: "lot", entityId: id });
    return stockView(tx, clinicId, now);
  });
}

/** Corrects the vials received of a lot (never below the vials already used). */
export async function correctLot(deps: ServiceDeps, clinicId: string, lotId: string, actorUserId: string, input: { vialsReceived: number }): Promise<Stock> {
  const now = deps.clock();
  return deps.db.transaction().execute(async (tx) => {
    const lot = (await listLots(tx, clinicId)).find((candidate) => candidate.id === lotId);
    if (lot === undefined) throw new AppError("not_found", "No such lot.");
    const used = (await vialsUsedByLot(tx, clinicId)).get(lotId) ?? 0;
    if (input.vialsReceived < used) throw invalidField("vialsReceived", `must be at least the ${used} vials signed sessions used`);
    await tx.updateTable("lots").set({ vials_received: input.vialsReceived }).where("clinic_id", "=", clinicId).where("id", "=", lotId).execute();
    await audit(tx, now, { clinicId, actorUserId, action: "lot.corrected", entity: "lot", entityId: lotId });
    return stockView(tx, clinicId, now);
  });
}

/** Corrects a catalogue entry's name or NDC, or retires it (lots already received keep it). */
export async function updateProduct(deps: ServiceDeps, clinicId: string, productId: string, actorUserId: string, input: { name: string; ndc: string; active: boolean }): Promise<Stock> {
  const now = deps.clock();
  return deps.db.transaction().execute(async (tx) => {
    const result = await tx.updateTable("products").set({ name: input.name, ndc: input.ndc, active: input.active }).where("clinic_id", "=", clinicId).where("id", "=", productId).executeTakeFirst();
    if (result.numUpdatedRows !== 1n) throw new AppError("not_found", "No such product.");
    await audit(tx, now, { clinicId, actorUserId, action: "product.updated", entity: "product", entityId: productId });
    return stockView(tx, clinicId, now);
  });
}
