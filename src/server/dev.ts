/*
 * `npm start`: rebuilds the site on every change and serves it on 127.0.0.1 only.
 * Eleventy's own dev server listens on every interface and cannot be told otherwise.
 */
import Eleventy from "@11ty/eleventy";
import { createStaticServer, listenOnLoopback } from "./static-server.ts";

const port = Number(process.env.PORT ?? 8080);
const eleventy = new Eleventy(undefined, undefined, { configPath: "eleventy.config.ts", runMode: "watch" });
eleventy.setIncrementalBuild(true);
await eleventy.init();
await eleventy.watch();

const url = await listenOnLoopback(createStaticServer("_site", { development: true }), port);
console.log(`Site servi sur ${url}/ (reconstruit à chaque modification ; Ctrl+C pour arrêter)`);
