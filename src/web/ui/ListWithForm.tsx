/**
 * The clinic's list pages: the list as loaded from the server (with its loading state and a
 * retry) beside the form that adds to it; alone, full width, for someone who may not add.
 */
import type { ReactNode } from "react";
import type { Query } from "#web/app/use-api-query.ts";
import { Card } from "./Card.tsx";
import { LoadStatus } from "./LoadStatus.tsx";

type ListWithFormProps<T> = {
  readonly listTitle: string;
  readonly query: Query<T>;
  /** What is loading, for the status: "the patients". */
  readonly what: string;
  readonly list: (data: T) => ReactNode;
  readonly formTitle: string;
  /** null: the viewer may not add, so the list stands alone. */
  readonly form: ReactNode | null;
};

export function ListWithForm<T>({ listTitle, query, what, list, formTitle, form }: ListWithFormProps<T>) {
  const listCard = (
    <Card title={listTitle}>
      <LoadStatus state={query.state} what={what} onRetry={() => void query.reload()} />
      {query.state.phase === "loaded" ? list(query.state.data) : null}
    </Card>
  );
  if (form === null) return listCard;
  return (
    <div className="grid-main-side">
      {listCard}
      <Card title={formTitle}>{form}</Card>
    </div>
  );
}
