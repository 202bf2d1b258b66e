import { readFile } from "node:fs/promises";

const LISTEN = "0A";

/** "0100007F" (little-endian, as /proc/net/tcp writes IPv4) → "127.0.0.1"; IPv6 kept as hex. */
function readableAddress(hex: string): string {
  if (hex.length !== 8) return hex;
  return (hex.match(/../g) ?? [])
    .reverse()
    .map((byte) => parseInt(byte, 16))
    .join(".");
}

/**
 * The addresses the kernel has a socket listening on at `port`, from /proc/net/tcp and tcp6: what
 * a server really bound, whatever address it prints.
 */
export async function listeningAddresses(port: number): Promise<string[]> {
  const addresses: string[] = [];
  for (const table of ["/proc/net/tcp", "/proc/net/tcp6"]) {
    const lines = (await readFile(table, "utf8").catch(() => "")).split("\n").slice(1);
    for (const line of lines) {
      const [, local, , state] = line.trim().split(/\s+/);
      const [address, portHex] = (local ?? "").split(":");
      if (state === LISTEN && address && portHex && parseInt(portHex, 16) === port) {
        addresses.push(readableAddress(address));
      }
    }
  }
  return addresses;
}
