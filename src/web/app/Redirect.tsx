/** Replaces the current address with another once rendered (no history entry). */
import { useEffect } from "react";
import { navigate } from "./router.tsx";

export function Redirect({ to }: { readonly to: string }) {
  useEffect(() => {
    navigate(to, { replace: true });
  }, [to]);
  return null;
}
