import { type ChildProcess, spawn } from "node:child_process";

export interface RunningDevServer {
  origin: string;
  server: ChildProcess;
}

/**
 * Starts `npm start`'s server (dev.ts) in `projectDir` on a free port, as a child process:
 * resolves with its address once it serves (the line in which it gives it), rejects with its
 * output if it stops first. For the tests of the server and `npm run bench:dev`.
 */
export function startDevServer(projectDir: string): Promise<RunningDevServer> {
  const server = spawn(process.execPath, ["--import", "tsx", "src/server/dev.ts"], {
    cwd: projectDir,
    env: { ...process.env, PORT: "0" },
  });
  return new Promise((resolve, reject) => {
    let output = "";
    const collect = (chunk: Buffer) => {
      output += chunk.toString();
      const origin = /Site servi sur (http:\/\/\S+?)\/? /.exec(output)?.[1];
      if (origin) resolve({ origin, server });
    };
    server.stdout.on("data", collect);
    server.stderr.on("data", collect);
    server.on("exit", (code) => {
      reject(new Error(`Le serveur s'est arrêté (${String(code)}) :\n${output}`));
    });
  });
}
