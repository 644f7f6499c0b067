/**
 * The clinic's product catalogue: each product's vial size, NDC, HCPCS code (J0585, billed per
 * unit), standard diluent and whether it is in use; administrators (clinic.manage) may correct a
 * name or NDC, or retire a product.
 */
import { useState } from "react";
import type { Stock } from "#contracts/api/stock.ts";
import { Button } from "#web/ui/Button.tsx";
import { Card } from "#web/ui/Card.tsx";
import { DataTable, type Column } from "#web/ui/DataTable.tsx";
import { StatusMessage } from "#web/ui/StatusMessage.tsx";
import { diluentText, productStateText, type ProductView } from "./catalogue-rows.ts";
import { ProductForm } from "./ProductForm.tsx";

type CatalogueCardProps = {
  readonly clinicId: string;
  readonly products: readonly ProductView[];
  readonly canEdit: boolean;
  readonly onSaved: (stock: Stock) => void;
};

export function CatalogueCard({ clinicId, products, canEdit, onSaved }: CatalogueCardProps) {
  const [editing, setEditing] = useState<ProductView | null>(null);
  const [saved, setSaved] = useState<string | null>(null);

  const columns: Column<ProductView>[] = [
    { header: "Product", cell: (product) => product.name, rowHeader: true },
    { header: "Vial size", cell: (product) => `${product.vialUnits} U`, className: "numeric nowrap" },
    { header: "NDC", cell: (product) => product.ndc, className: "numeric nowrap" },
    { header: "HCPCS", cell: (product) => `${product.hcpcs} (per unit)`, className: "nowrap" },
    { header: "Standard diluent", cell: (product) => diluentText(product), className: "numeric nowrap-wide" },
    { header: "Status", cell: (product) => <span className={product.active ? undefined : "product--retired"}>{productStateText(product.active)}</span> },
  ];
  if (canEdit) {
    columns.push({
      header: "Actions",
      className: "cell-actions",
      cell: (product) => (
        <Button
          variant="quiet"
          className="lot__action"
          aria-label={`Edit ${product.name}`}
          onClick={() => {
            setSaved(null);
            setEditing(product);
          }}
        >
          Edit
        </Button>
      ),
    });
  }

  return (
    <Card title="Product catalogue">
      <p className="muted">{canEdit ? "Correct a name or NDC, or retire a product the clinic no longer receives." : "Administrators correct the catalogue."}</p>
      {saved !== null ? (
        <StatusMessage tone="ok" title="Saved." testId="product-saved">
          <p>{saved}</p>
        </StatusMessage>
      ) : null}
      <div className="catalogue-table">
        <DataTable caption="Product catalogue" captionHidden columns={columns} rows={products} rowKey={(product) => product.id} testId="catalogue-table" empty={<p>No products in the catalogue.</p>} />
      </div>
      {editing !== null ? (
        <ProductForm
          key={editing.id}
          clinicId={clinicId}
          product={editing}
          onCancel={() => setEditing(null)}
          onSaved={(stock, message) => {
            setEditing(null);
            setSaved(message);
            onSaved(stock);
          }}
        />
      ) : null}
    </Card>
  );
}
