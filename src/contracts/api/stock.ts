/**
 * The clinic's product catalogue and lots in stock (clinical-facts.md §9.3): lot number, expiry,
 * vials received, vials used (derived from signed sessions) and left, each lot's status (expired
 * lots cannot be chosen for a session; those expiring within the clinic's warning period are
 * flagged).
 */
import { z } from "zod";
import { isNdc } from "#domain/stock/products.ts";
import { plainDateSchema } from "../plain-date.ts";
import { singleLineText } from "../text.ts";
import { clinicParamsSchema, idSchema } from "./common.ts";
import type { RouteContract } from "./route-contract.ts";

export const productViewSchema = z.object({
  id: z.string(),
  name: z.string(),
  vialUnits: z.number().int(),
  ndc: z.string(),
  hcpcs: z.string(),
  standardDiluentMl: z.number(),
  active: z.boolean(),
});

export const lotViewSchema = z.object({
  id: z.string(),
  productId: z.string(),
  productName: z.string(),
  lotNumber: z.string(),
  expiry: z.string(),
  vialUnits: z.number().int(),
  vialsReceived: z.number().int(),
  vialsUsed: z.number().int(),
  vialsLeft: z.number().int(),
  daysToExpiry: z.number().int(),
  status: z.enum(["available", "expiring", "expired", "used-up"]),
  receivedOn: z.string(),
});
export type LotView = z.infer<typeof lotViewSchema>;

export const stockSchema = z.object({
  today: z.string(),
  lotExpiryWarningDays: z.number().int(),
  products: z.array(productViewSchema),
  lots: z.array(lotViewSchema),
});
export type Stock = z.infer<typeof stockSchema>;

export const receiveLotBodySchema = z.object({
  productId: singleLineText().min(1, "is required").max(80),
  lotNumber: singleLineText().trim().min(1, "is required").max(40).regex(/^[A-Za-z0-9][A-Za-z0-9 ./-]*$/, "must be the lot number as printed (letters, digits, - . /)"),
  expiry: plainDateSchema,
  vialsReceived: z.number().int("must be a whole number").min(1, "must be at least 1").max(10000),
  /** Default: the clinic's today. */
  receivedOn: plainDateSchema.optional(),
});
export type ReceiveLotBody = z.input<typeof receiveLotBodySchema>;

export const lotParamsSchema = z.object({ clinicId: idSchema, lotId: idSchema });
export const correctLotBodySchema = z.object({ vialsReceived: z.number().int("must be a whole number").min(0).max(10000) });

export const productParamsSchema = z.object({ clinicId: idSchema, productId: singleLineText().min(1).max(80) });
export const updateProductBodySchema = z.object({
  name: singleLineText().trim().min(1, "is required").max(200),
  ndc: singleLineText().trim().refine(isNdc, "must be an NDC of 10 digits, e.g. 0023-1145-01"),
  active: z.boolean(),
});

export const stockRoutes = {
  stock: { method: "GET", path: "/api/clinics/:clinicId/stock", summary: "The product catalogue and every lot with its vials used and left and its status", access: "clinic.read", params: clinicParamsSchema, response: stockSchema },
  receiveLot: { method: "POST", path: "/api/clinics/:clinicId/stock/lots", summary: "Receive a lot into stock (an expired lot is refused)", access: "stock.manage", params: clinicParamsSchema, body: receiveLotBodySchema, response: stockSchema },
  correctLot: { method: "PUT", path: "/api/clinics/:clinicId/stock/lots/:lotId", summary: "Correct the vials received of a lot", access: "stock.manage", params: lotParamsSchema, body: correctLotBodySchema, response: stockSchema },
  updateProduct: { method: "PUT", path: "/api/clinics/:clinicId/stock/products/:productId", summary: "Correct a catalogue entry (name, NDC) or retire it", access: "clinic.manage", params: productParamsSchema, body: updateProductBodySchema, response: stockSchema },
} as const satisfies Record<string, RouteContract>;
