import { describe, expect, it } from "vitest";
import { frenchNumber, quantity } from "../../src/eleventy/numbers.ts";

describe("frenchNumber", () => {
  it("uses a decimal comma and a narrow no-break space for thousands", () => {
    expect(frenchNumber(54.9)).toBe("54,9");
    expect(frenchNumber(0.06)).toBe("0,06");
    expect(frenchNumber(1000)).toBe("1\u202f000");
  });
});

describe("quantity", () => {
  it("joins value and unit with a no-break space", () => {
    expect(quantity({ value: 2.8, unit: "kg Sb éq." })).toBe("2,8\u00a0kg Sb éq.");
  });

  it("says « environ » for an approximate figure", () => {
    expect(quantity({ value: 500, unit: "t CO₂ éq.", approximate: true })).toBe("environ 500\u00a0t CO₂ éq.");
  });
});
