/**
 * The clinic's side-effect inbox (issue 8): every open report, red first, then amber, then green,
 * newest first; each with its patient, onset, symptoms in words, the session it follows with the
 * sites and units at the muscles concerned, when it came and its standing. "All" adds the
 * resolved ones. A report opens on its own page, where the actions are recorded.
 */
import type { Me } from "#contracts/api/auth.ts";
import type { SideEffectInbox } from "#contracts/api/side-effects.ts";
import { api } from "#web/app/api.ts";
import { AppHeader } from "#web/app/AppHeader.tsx";
import { useState } from "react";
import { Link } from "#web/app/router.tsx";
import { useApiQuery } from "#web/app/use-api-query.ts";
import { DataTable, type Column } from "#web/ui/DataTable.tsx";
import { formatInstant, formatPlainDate } from "#web/ui/format.ts";
import { LoadStatus } from "#web/ui/LoadStatus.tsx";
import { Page } from "#web/ui/Page.tsx";
import { SelectField } from "#web/ui/SelectField.tsx";
import { StatusMessage } from "#web/ui/StatusMessage.tsx";
import { LevelBadge } from "./LevelBadge.tsx";
import { FollowedSession } from "./FollowedSession.tsx";
import { LEVEL_MEANING, STATUS_WORDS, symptomsInWords } from "./side-effect-words.ts";
import "./side-effects.css";

type Row = SideEffectInbox["reports"][number];

function columns(clinicId: string): readonly Column<Row>[] {
  return [
    {
      header: "Level",
      cell: (row) => (
        <span title={LEVEL_MEANING[row.level]}>
          <LevelBadge level={row.level} />
          {row.hold === "held" ? <span className="side-effect-hold"> · next session on hold</span> : null}
        </span>
      ),
    },
    {
      header: "Patient",
      rowHeader: true,
      cell: (row) => (
        <span>
          <Link to={`/clinic/${clinicId}/patients/${row.patientId}/side-effects/${row.id}`}>{row.patientName}</Link>
          {row.recordNumber ? <span className="muted">{` · ${row.recordNumber}`}</span> : null}
        </span>
      ),
    },
    { header: "Onset", cell: (row) => formatPlainDate(row.onsetDate) },
    { header: "Symptoms", cell: (row) => symptomsInWords(row.symptoms) },
    { header: "After the session", cell: (row) => <FollowedSession session={row.followsSession} compact /> },
    {
      header: "Received",
      cell: (row) => (
        <span>
          {formatInstant(row.receivedAt)}
          {row.callBackBy && row.status === "new" ? <span className="muted">{` · call by ${formatInstant(row.callBackBy)}`}</span> : null}
        </span>
      ),
    },
    { header: "Status", cell: (row) => STATUS_WORDS[row.status] },
  ];
}

export function SideEffectInboxPage({ me, clinicId }: { readonly me: Me; readonly clinicId: string }) {
  // The choice lives in the address, so a reload or a shared link shows the same list.
  const [show, setShow] = useState<"open" | "all">(() => (new URLSearchParams(window.location.search).get("show") === "all" ? "all" : "open"));
  const inbox = useApiQuery(`side-effect-inbox:${clinicId}:${show}`, () => api("sideEffectInbox", { params: { clinicId }, query: { show } }));
  const loaded = inbox.state.phase === "loaded" ? inbox.state.data : null;

  return (
    <Page title="Side effects" theme="clinic" header={<AppHeader me={me} clinicId={clinicId} />}>
      <p className="muted">Reports from patients' apps and by phone, red first. Red and amber reports alert the clinicians; a red report puts the patient's next session on hold until a clinician clears it.</p>
      <div className="side-effect-filter">
        <SelectField
          label="Show"
          value={show}
          onChange={(event) => {
            const next = event.target.value === "all" ? "all" : "open";
            setShow(next);
            window.history.replaceState(null, "", `/clinic/${clinicId}/side-effects${next === "all" ? "?show=all" : ""}`);
          }}
          options={[
            { value: "open", label: "Open reports (not resolved)" },
            { value: "all", label: "All reports, resolved too (newest 500)" },
          ]}
        />
      </div>
      <LoadStatus state={inbox.state} what="the side-effect inbox" onRetry={() => void inbox.reload()} />
      {loaded ? (
        <DataTable
          caption={show === "all" ? "All side-effect reports" : "Open side-effect reports"}
          columns={columns(clinicId)}
          rows={loaded.reports}
          rowKey={(row) => row.id}
          testId="side-effect-inbox"
          empty={
            <StatusMessage tone="ok" title={show === "all" ? "No side-effect reports yet." : "No open side-effect reports."} live={false} testId="inbox-empty">
              <p>Reports appear here as soon as a patient sends one or staff record one taken by phone.</p>
            </StatusMessage>
          }
        />
      ) : null}
    </Page>
  );
}
