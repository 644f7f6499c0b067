/**
 * The server's VAPID key pair (RFC 8292), which signs every web push so push services know the
 * sender: made by web-push the first time it is needed and kept in the database (`web_push_keys`,
 * one row), so every app server signs with the same key and a device subscribed through one is
 * reached from any other. Made twice at once (two servers starting), one insert wins and both read
 * it back. The public key is served to the app, which subscribes with it; the private key never
 * leaves the server (docs/security.md).
 */
import webpush from "web-push";
import type { Executor } from "../../shared/executor.ts";

export interface VapidKeys {
  /** URL-safe base64 of the P-256 public point: the app's `applicationServerKey`. */
  readonly publicKey: string;
  readonly privateKey: string;
}

async function readKeys(db: Executor): Promise<VapidKeys | undefined> {
  const row = await db.selectFrom("web_push_keys").select(["public_key", "private_key"]).where("id", "=", 1).executeTakeFirst();
  return row === undefined ? undefined : { publicKey: row.public_key, privateKey: row.private_key };
}

/** The key pair, made and stored on first use. */
export async function ensureVapidKeys(db: Executor, now: Date): Promise<VapidKeys> {
  const existing = await readKeys(db);
  if (existing !== undefined) return existing;
  const made = webpush.generateVAPIDKeys();
  await db
    .insertInto("web_push_keys")
    .values({ id: 1, public_key: made.publicKey, private_key: made.privateKey, created_at: now.toISOString() })
    .onConflict((conflict) => conflict.column("id").doNothing())
    .execute();
  const stored = await readKeys(db);
  if (stored === undefined) throw new Error("the VAPID keys could not be stored");
  return stored;
}
