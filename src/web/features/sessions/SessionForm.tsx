/**
 * The session record as the injector fills it, in the order of the visit: who and when, the
 * checklist, the sites, the vials; the live checks always in view, and the billing lines. The
 * draft editor and the amendment editor both use it.
 */
import type { SessionContext } from "#contracts/api/sessions.ts";
import type { SessionRecordCheck } from "#domain/injections/session-record.ts";
import { BillingSection } from "./BillingSection.tsx";
import { ChecklistSection } from "./ChecklistSection.tsx";
import { ChecksPanel } from "./ChecksPanel.tsx";
import { ProcedureSection } from "./ProcedureSection.tsx";
import { SitesSection } from "./SitesSection.tsx";
import type { DraftContent } from "./use-session-draft.ts";
import { VialsSection } from "./VialsSection.tsx";
import "./sessions.css";

type Props = {
  readonly content: DraftContent;
  readonly onChange: (content: DraftContent) => void;
  readonly context: SessionContext;
  readonly check: SessionRecordCheck;
  readonly readOnly: boolean;
  /** The signed session shown or amended (left out of its own previous sessions); null for a draft. */
  readonly sessionId: string | null;
};

export function SessionForm({ content, onChange, context, check, readOnly, sessionId }: Props) {
  const errors = check.problems.filter((p) => p.severity === "error").length;
  return (
    <div className="session-layout">
      {/* Always in view on a tablet: the total and whether anything blocks signing (details in Checks). */}
      <p className="session-summary-bar numeric">
        <strong>{`${check.injectionCheck.totalUnits} U`}</strong>
        <span>{` in ${check.injectionCheck.sites} sites · `}</span>
        <span className={errors > 0 ? "session-summary-bar__state--error" : check.canSign ? "session-summary-bar__state--ok" : "session-summary-bar__state--warn"}>
          {errors > 0 ? `✕ ${errors} to fix` : check.canSign ? (readOnly ? "✓ no error, every warning explained" : "✓ ready to sign") : `! ${check.reasonsNeeded.length} reason(s) needed`}
        </span>
        <a href="#checks-title">Checks</a>
      </p>
      <div className="session-layout__main">
        <ProcedureSection content={content} onChange={onChange} readOnly={readOnly} context={context} />
        <ChecklistSection content={content} onChange={onChange} readOnly={readOnly} today={context.today} />
        <SitesSection content={content} onChange={onChange} readOnly={readOnly} context={context} sessionId={sessionId} />
        <VialsSection content={content} onChange={onChange} readOnly={readOnly} context={context} />
        <BillingSection usage={check.usage} billing={check.billing} />
      </div>
      <aside className="session-layout__side" aria-label="Checks">
        <ChecksPanel check={check} content={content} onChange={onChange} readOnly={readOnly} />
      </aside>
    </div>
  );
}
