/**
 * The clinic's notification outbox for administrators, on the Staff page (issue 8, "delivery is
 * visible"): how many alerts wait, went out or were given up, by channel, and the newest email and
 * push messages with their attempts and last problem. Never to whom nor what: the server sends
 * neither.
 */
import type { OutboxRow, OutboxState } from "#contracts/api/notifications.ts";
import { api } from "#web/app/api.ts";
import { useApiQuery } from "#web/app/use-api-query.ts";
import { Button } from "#web/ui/Button.tsx";
import { Card } from "#web/ui/Card.tsx";
import { DataTable } from "#web/ui/DataTable.tsx";
import { formatInstant } from "#web/ui/format.ts";
import { LoadStatus } from "#web/ui/LoadStatus.tsx";
import "./notifications.css";

const CHANNEL_WORDS: { readonly [C in OutboxRow["channel"]]: string } = { "in-app": "In the app", email: "Email", "web-push": "Push", sms: "Text message" };

/**
 * A row's state in words, with when.
 * @example stateWords({ state: "queued", attempts: 0, nextAttemptAt: null, sentAt: null, failedAt: null, lastError: null }) // "Waiting"
 */
export function stateWords(row: Pick<OutboxRow, "state" | "attempts" | "nextAttemptAt" | "sentAt" | "failedAt" | "lastError">): string {
  if (row.state === "sent") return `Sent ${row.sentAt === null ? "" : formatInstant(row.sentAt)}`.trim();
  if (row.state === "failed") return `Given up ${row.failedAt === null ? "" : formatInstant(row.failedAt)}`.trim();
  if (row.attempts === 0) return "Waiting";
  return `Retrying${row.nextAttemptAt === null ? "" : ` at ${formatInstant(row.nextAttemptAt)}`}`;
}

/** The counts as "Email: 3 sent, 1 waiting". */
export function countWords(counts: OutboxState["counts"]): string[] {
  const channels = [...new Set(counts.map((count) => count.channel))];
  const stateName = { queued: "waiting", sent: "sent", failed: "given up" } as const;
  return channels.map((channel) => `${CHANNEL_WORDS[channel]}: ${counts.filter((count) => count.channel === channel).map((count) => `${count.count} ${stateName[count.state]}`).join(", ")}`);
}

export function OutboxCard({ clinicId }: { readonly clinicId: string }) {
  const outbox = useApiQuery(`outbox:${clinicId}`, () => api("notificationOutbox", { params: { clinicId } }));
  return (
    <Card title="Alerts sent by Cephalog">
      <p className="muted">Email, push and text-message alerts to this clinic's staff and patients in the last 30 days. A channel that is down is retried for about 18 hours; nothing is lost meanwhile.</p>
      <LoadStatus state={outbox.state} what="the alerts" onRetry={() => void outbox.reload()} />
      {outbox.state.phase === "loaded" ? (
        <>
          <ul className="outbox-counts" data-testid="outbox-counts">
            {countWords(outbox.state.data.counts).map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
          <DataTable
            caption="Newest email, push and text-message alerts"
            rows={outbox.state.data.recent}
            rowKey={(row) => row.id}
            empty={<p>No email or push alert yet.</p>}
            testId="outbox-table"
            columns={[
              { header: "Queued", cell: (row) => formatInstant(row.createdAt), rowHeader: true },
              { header: "Channel", cell: (row) => CHANNEL_WORDS[row.channel] },
              { header: "What", cell: (row) => row.kind },
              { header: "State", cell: (row) => stateWords(row) },
              { header: "Attempts", cell: (row) => row.attempts },
              { header: "Last problem", cell: (row) => row.lastError ?? "None" },
            ]}
          />
          <Button onClick={() => void outbox.reload()}>Refresh</Button>
        </>
      ) : null}
    </Card>
  );
}
