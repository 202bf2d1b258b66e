import { describe, expect, it } from "vitest";
import { frenchDate, isoDate } from "../../src/eleventy/dates.ts";

describe("frenchDate", () => {
  it("writes the day, the month in French and the year", () => {
    expect(frenchDate(new Date("2022-04-01"))).toBe("1er avril 2022");
    expect(frenchDate(new Date("2021-12-31"))).toBe("31 décembre 2021");
  });

  it("keeps the calendar day of a date at midnight UTC", () => {
    expect(frenchDate(new Date(Date.UTC(2022, 0, 1)))).toBe("1er janvier 2022");
    expect(frenchDate(new Date(Date.UTC(2022, 0, 11)))).toBe("11 janvier 2022");
    expect(frenchDate(new Date(Date.UTC(2022, 0, 21)))).toBe("21 janvier 2022");
  });

  it("accepts an ISO string", () => {
    expect(frenchDate("2023-02-15")).toBe("15 février 2023");
  });

  it("refuses a value that is not a date, naming it", () => {
    expect(() => frenchDate("le 1er avril")).toThrow("le 1er avril");
  });
});

describe("isoDate", () => {
  it("gives the YYYY-MM-DD form for <time datetime>", () => {
    expect(isoDate(new Date("2022-04-01"))).toBe("2022-04-01");
  });

  it("refuses a value that is not a date", () => {
    expect(() => isoDate("demain")).toThrow("demain");
  });
});
