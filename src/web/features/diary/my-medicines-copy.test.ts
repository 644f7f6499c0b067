import { describe, expect, it } from "vitest";
import { forgetMyMedicines } from "./use-my-medicines.ts";

/** A phone's localStorage holding two patients' medicine lists and the cached session. */
function sharedPhone() {
  const items = new Map([
    ["cephalog.my-medicines.p-1", '{"patientId":"p-1","medicines":[{"name":"Sumatriptan","class":"triptan"}]}'],
    ["cephalog.my-medicines.p-2", '{"patientId":"p-2","medicines":[]}'],
    ["cephalog.session.v1", "{}"],
  ]);
  return { items, removeItem: (key: string) => void items.delete(key) };
}

describe("forgetting the medicine list on sign-out", () => {
  it("removes only the signed-out patient's copy from the phone", () => {
    const phone = sharedPhone();
    forgetMyMedicines("p-1", phone);
    expect([...phone.items.keys()]).toEqual(["cephalog.my-medicines.p-2", "cephalog.session.v1"]);
  });

  it("does not throw when the phone refuses storage", () => {
    expect(() =>
      forgetMyMedicines("p-1", {
        removeItem: () => {
          throw new DOMException("denied", "SecurityError");
        },
      }),
    ).not.toThrow();
  });
});
