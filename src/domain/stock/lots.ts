/**
 * Lots in stock: what may be chosen for a session, and what needs attention (clinical-facts.md
 * §9.3: every session records the lot and its expiry). A lot is usable through its expiry date;
 * from the day after, it is expired and cannot be chosen. Vials used are derived from signed
 * sessions, never typed in.
 */
import { addDays, daysBetween, type PlainDate } from "../shared/plain-date.ts";
import type { OperationalSettings } from "../shared/operations.ts";

export interface Lot {
  readonly id: string;
  readonly lotNumber: string;
  readonly productId: string;
  readonly vialUnits: number;
  /** The last day the lot may be used. */
  readonly expiry: PlainDate;
  readonly vialsReceived: number;
}

export type LotStatus = "expired" | "expiring" | "used-up" | "available";

export interface LotStock {
  readonly lot: Lot;
  readonly vialsUsed: number;
  readonly vialsLeft: number;
  readonly status: LotStatus;
  /** Days from today to the expiry date (negative once expired). */
  readonly daysToExpiry: number;
}

/**
 * A lot's stock and status on a date: expired after its expiry date, used up when no vial is
 * left, expiring within `lotExpiryWarningDays` (default 30), else available.
 * @example lotStock({ expiry: plainDate("2026-12-20"), vialsReceived: 10, ... }, 3, plainDate("2026-12-03"), DEFAULT_OPERATIONS).status // "expiring"
 */
export function lotStock(lot: Lot, vialsUsed: number, today: PlainDate, operations: Pick<OperationalSettings, "lotExpiryWarningDays">): LotStock {
  const vialsLeft = Math.max(0, lot.vialsReceived - vialsUsed);
  const daysToExpiry = daysBetween(today, lot.expiry);
  const status: LotStatus =
    daysToExpiry < 0 ? "expired" : vialsLeft === 0 ? "used-up" : lot.expiry <= addDays(today, operations.lotExpiryWarningDays) ? "expiring" : "available";
  return { lot, vialsUsed, vialsLeft, status, daysToExpiry };
}

/**
 * Whether a lot may be chosen for a session on a date: not expired on that date.
 * @example isUsableOn({ expiry: plainDate("2026-12-03") }, plainDate("2026-12-03")) // true
 * @example isUsableOn({ expiry: plainDate("2026-12-02") }, plainDate("2026-12-03")) // false
 */
export function isUsableOn(lot: Pick<Lot, "expiry">, date: PlainDate): boolean {
  return lot.expiry >= date;
}
