// @types/compression types the middleware for Express only; the site uses it on plain node:http.
declare module "compression" {
  import type { IncomingMessage, ServerResponse } from "node:http";
  type Middleware = (
    request: IncomingMessage,
    response: ServerResponse,
    next: (error?: unknown) => void,
  ) => void;
  export default function compression(options?: { threshold?: number | string }): Middleware;
}
