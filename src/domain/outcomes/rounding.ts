/**
 * Rounding for reported figures (pathway-rules §8: "rounded half away from zero").
 */

/**
 * Rounds to `decimals` places, halves away from zero, on the decimal value as written: the
 * shift is done on the number's decimal text (`"1.005e2"`), not by multiplying, so a value such
 * as 1.005 (stored as 1.00499...) still rounds up as a person would expect.
 * @example roundHalfAwayFromZero(6.25, 1) // 6.3
 * @example roundHalfAwayFromZero(-6.25, 1) // -6.3
 * @example roundHalfAwayFromZero(0.0625, 3) // 0.063
 */
export function roundHalfAwayFromZero(value: number, decimals: number): number {
  if (!Number.isInteger(decimals) || decimals < 0) throw new RangeError(`decimals must be a non-negative integer, got ${decimals}`);
  if (!Number.isFinite(value)) throw new RangeError(`cannot round ${value}`);
  const magnitude = Math.round(shiftDecimal(Math.abs(value), decimals));
  const rounded = shiftDecimal(magnitude, -decimals);
  // Avoid -0: a figure that rounds to zero is reported as 0.
  return rounded === 0 ? 0 : Math.sign(value) * rounded;
}

/** `value × 10^places`, exact on the decimal text of `value`. */
function shiftDecimal(value: number, places: number): number {
  const [mantissa, exponent = "0"] = String(value).split("e");
  return Number(`${mantissa}e${Number(exponent) + places}`);
}
