/**
 * Property tests explore new random cases on every developer run; under CI=true they replay one
 * fixed seed, so a landing run is reproducible (set FC_SEED to replay another). A failure prints
 * its seed and counterexample either way.
 */
import fc from "fast-check";

const seed = process.env.FC_SEED ?? (process.env.CI === "true" ? "20261126" : undefined);
if (seed !== undefined) fc.configureGlobal({ seed: Number(seed) });
