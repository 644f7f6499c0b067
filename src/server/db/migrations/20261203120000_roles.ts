/**
 * Four roles, several per person (ADR 0014): admin, clinician, injector, coordinator. Each role a
 * member holds is a row of `membership_roles`; `memberships.role` stays as the first role given
 * (older readers), its check widened to the four roles. Existing members keep their role. A staff
 * invitation carries every role it gives (`roles`, a JSON list; null on older rows: just `role`).
 */
import { sql, type Kysely } from "kysely";

const ROLES = sql.raw(`('admin', 'clinician', 'injector', 'coordinator')`);

const statements = [
  // Widening a check keeps every row valid: older code still writes admin or clinician.
  sql`ALTER TABLE memberships DROP CONSTRAINT memberships_role_check`,
  sql`ALTER TABLE memberships ADD CONSTRAINT memberships_role_known CHECK (role IN ${ROLES})`,
  sql`CREATE TABLE membership_roles (
    clinic_id uuid NOT NULL,
    user_id uuid NOT NULL,
    role text NOT NULL CHECK (role IN ${ROLES}),
    created_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (clinic_id, user_id, role),
    FOREIGN KEY (clinic_id, user_id) REFERENCES memberships (clinic_id, user_id)
  )`,
  sql`ALTER TABLE invitations DROP CONSTRAINT invitations_role_check`,
  sql`ALTER TABLE invitations ADD CONSTRAINT invitations_role_known CHECK (role IN ${ROLES})`,
  sql`ALTER TABLE invitations ADD COLUMN roles jsonb`,
  sql`INSERT INTO membership_roles (clinic_id, user_id, role, created_at) SELECT clinic_id, user_id, role, created_at FROM memberships`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await statement.execute(db);
}
