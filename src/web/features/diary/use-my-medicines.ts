/**
 * The patient's own medicine list on this phone: the copy kept here first (so the medicines
 * question works offline), then the server's when it answers. Saving goes to the server and
 * refreshes the copy. The copy is kept under the patient's id, so another account never sees it.
 */
import { useCallback, useEffect, useState } from "react";
import type { MyMedicine } from "#contracts/api/diary.ts";
import { myMedicinesSchema } from "#contracts/api/diary.ts";
import { api } from "#web/app/api.ts";

const storageKey = (patientId: string) => `cephalog.my-medicines.${patientId}`;

function readCopy(patientId: string): MyMedicine[] {
  try {
    const parsed = myMedicinesSchema.safeParse(JSON.parse(localStorage.getItem(storageKey(patientId)) ?? "null"));
    return parsed.success && parsed.data.patientId === patientId ? parsed.data.medicines : [];
  } catch {
    return [];
  }
}

function writeCopy(patientId: string, medicines: readonly MyMedicine[]): void {
  try {
    localStorage.setItem(storageKey(patientId), JSON.stringify({ patientId, medicines }));
  } catch {
    // Storage refused (a private window): the list still works while the page is open.
  }
}

/**
 * Forgets this patient's medicine list on this phone (on sign-out: a shared phone must not keep
 * it for the next person). The list itself stays on the server.
 */
export function forgetMyMedicines(patientId: string, storage: Pick<Storage, "removeItem"> = localStorage): void {
  try {
    storage.removeItem(storageKey(patientId));
  } catch {
    // Storage unavailable (a private window): nothing was kept.
  }
}

export interface MyMedicinesView {
  readonly medicines: readonly MyMedicine[];
  /** Replaces the list on the server; throws the server's error (ApiError) when refused or offline. */
  readonly save: (medicines: readonly MyMedicine[]) => Promise<void>;
}

export function useMyMedicines(patientId: string): MyMedicinesView {
  const [medicines, setMedicines] = useState<readonly MyMedicine[]>(() => readCopy(patientId));

  useEffect(() => {
    let live = true;
    setMedicines(readCopy(patientId));
    api("myMedicines")
      .then((answer) => {
        if (!live || answer.patientId !== patientId) return;
        writeCopy(patientId, answer.medicines);
        setMedicines(answer.medicines);
      })
      .catch(() => {
        // Offline or signed out: the copy on this phone stands.
      });
    return () => {
      live = false;
    };
  }, [patientId]);

  const save = useCallback(
    async (next: readonly MyMedicine[]) => {
      const answer = await api("saveMyMedicines", { body: { patientId, medicines: [...next] } });
      writeCopy(patientId, answer.medicines);
      setMedicines(answer.medicines);
    },
    [patientId],
  );

  return { medicines, save };
}
