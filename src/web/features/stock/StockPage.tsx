/**
 * The clinic's stock: lots with vials left and status (expiring ones flagged, expired ones listed
 * apart), receiving a lot and correcting one (stock.manage), and the product catalogue (edited by
 * administrators, clinic.manage). Actions are shown only to those who may do them; the server
 * refuses anyway.
 */
import { useState, type ReactNode } from "react";
import type { Me } from "#contracts/api/auth.ts";
import type { LotView, Stock } from "#contracts/api/stock.ts";
import { api } from "#web/app/api.ts";
import { AppHeader } from "#web/app/AppHeader.tsx";
import { membershipCan, membershipFor } from "#web/app/home.ts";
import { useApiQuery, type QueryState } from "#web/app/use-api-query.ts";
import { Card } from "#web/ui/Card.tsx";
import { formatPlainDate } from "#web/ui/format.ts";
import { LoadStatus } from "#web/ui/LoadStatus.tsx";
import { Page } from "#web/ui/Page.tsx";
import { StatusMessage } from "#web/ui/StatusMessage.tsx";
import { CatalogueCard } from "./CatalogueCard.tsx";
import { CorrectLotForm } from "./CorrectLotForm.tsx";
import { expiredNote, groupLots, stockSummary } from "./lot-rows.ts";
import { LotsTable } from "./LotsTable.tsx";
import { holdersText } from "./permission-words.ts";
import { ReceiveLotForm } from "./ReceiveLotForm.tsx";
import { StockSummary } from "./StockSummary.tsx";
import "./stock.css";

export function StockPage({ me, clinicId }: { readonly me: Me; readonly clinicId: string }) {
  const membership = membershipFor(me, clinicId);
  const canManageStock = membershipCan(membership, "stock.manage");
  const canEditCatalogue = membershipCan(membership, "clinic.manage");
  const query = useApiQuery(`stock:${clinicId}`, () => api("stock", { params: { clinicId } }));
  // Every change answers the whole stock: the newest of that answer and the last load is shown.
  const [changed, setChanged] = useState<{ readonly stock: Stock; readonly at: Date } | null>(null);
  const [correcting, setCorrecting] = useState<LotView | null>(null);
  const [corrected, setCorrected] = useState<string | null>(null);

  const state: QueryState<Stock> = changed !== null && (query.state.phase !== "loaded" || changed.at > query.state.loadedAt) ? { phase: "loaded", data: changed.stock, loadedAt: changed.at } : query.state;
  const stock = state.phase === "loaded" ? state.data : null;
  const onChanged = (next: Stock) => setChanged({ stock: next, at: new Date() });

  const startCorrecting = (lot: LotView) => {
    setCorrected(null);
    setCorrecting(lot);
  };

  return (
    <Page title="Stock" theme="clinic" header={<AppHeader me={me} clinicId={clinicId} />}>
      <LoadStatus state={state} what="the stock" onRetry={() => void query.reload()} />
      {stock !== null ? (
        <>
          <p className="stock-intro">
            {`As of ${formatPlainDate(stock.today)}, the clinic's today. Lots expiring within ${stock.lotExpiryWarningDays} days are flagged; a lot may be used through its expiry date. Vials used are counted from signed sessions.`}
            {canManageStock ? null : ` Receiving and correcting lots needs ${holdersText("stock.manage")}.`}
          </p>
          <StockSummary summary={stockSummary(stock)} warningDays={stock.lotExpiryWarningDays} />
          <LotsCard
            stock={stock}
            onCorrect={canManageStock ? startCorrecting : undefined}
            corrected={corrected}
            correcting={
              correcting !== null ? (
                <CorrectLotForm
                  key={correcting.id}
                  clinicId={clinicId}
                  lot={correcting}
                  onCancel={() => setCorrecting(null)}
                  onCorrected={(next, message) => {
                    setCorrecting(null);
                    setCorrected(message);
                    onChanged(next);
                  }}
                />
              ) : null
            }
          />
          {canManageStock ? (
            <div className="page-note">
              <Card title="Receive a lot">
                <ReceiveLotForm clinicId={clinicId} stock={stock} onReceived={onChanged} />
              </Card>
            </div>
          ) : null}
          <div className="page-note">
            <CatalogueCard clinicId={clinicId} products={stock.products} canEdit={canEditCatalogue} onSaved={onChanged} />
          </div>
        </>
      ) : null}
    </Page>
  );
}

type LotsCardProps = {
  readonly stock: Stock;
  readonly onCorrect: ((lot: LotView) => void) | undefined;
  /** The correction form, while one is open. */
  readonly correcting: ReactNode;
  /** What the last correction saved. */
  readonly corrected: string | null;
};

function LotsCard({ stock, onCorrect, correcting, corrected }: LotsCardProps) {
  const { inStock, expired } = groupLots(stock.lots);
  const expiredVials = expired.reduce((sum, lot) => sum + lot.vialsLeft, 0);
  return (
    <Card title="Lots">
      {corrected !== null ? (
        <StatusMessage tone="ok" title="Corrected." testId="lot-corrected">
          <p>{corrected}</p>
        </StatusMessage>
      ) : null}
      <LotsTable
        caption="Lots in stock"
        lots={inStock}
        testId="lots-table"
        onCorrect={onCorrect}
        empty={
          <StatusMessage tone="info" title="No lots in stock." live={false} testId="no-lots">
            <p>{onCorrect ? "Receive a lot with the form below when a delivery arrives." : "Lots appear here once they are received."}</p>
          </StatusMessage>
        }
      />
      {expired.length > 0 ? (
        <section className="lots-expired" aria-labelledby="lots-expired-heading" data-testid="expired-lots">
          <h3 id="lots-expired-heading">{`Expired lots (${expired.length})`}</h3>
          <p>{expiredNote(expired.length, expiredVials)}</p>
          <LotsTable caption="Expired lots" lots={expired} testId="expired-lots-table" onCorrect={onCorrect} empty={null} />
        </section>
      ) : null}
      {correcting}
    </Card>
  );
}
