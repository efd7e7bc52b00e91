// The bot the web tests talk to. The .NET test that runs these tests (WebChatNodeTests) starts a
// bot host itself and passes BOT_URL and DIRECTLINE_SECRET. Run on their own
// (`node --test tests/web/`), the tests start the real bot with `dotnet run` on a free loopback
// port, with a temporary SQLite file and a known Direct Line secret, and stop it afterwards.

import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const repositoryRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..", "..");
const STARTUP_TIMEOUT_MS = 300_000;

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function waitUntilHealthy(url, child, output) {
  const deadline = Date.now() + STARTUP_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      throw new Error(`The bot exited with ${child.exitCode} before it was ready:\n${output.join("")}`);
    }
    try {
      const response = await fetch(new URL("healthz", url));
      if (response.ok) {
        return;
      }
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`The bot was not healthy within ${STARTUP_TIMEOUT_MS / 1000} s:\n${output.join("")}`);
}

/**
 * Returns { url, secret, apiKey, stop() }: the bot named by BOT_URL, or one started here. apiKey is
 * a helpdesk key for POST /api/interactions (API_KEY with BOT_URL; undefined when not given).
 */
export async function startBot() {
  if (process.env.BOT_URL) {
    if (!process.env.DIRECTLINE_SECRET) {
      throw new Error("BOT_URL is set, so DIRECTLINE_SECRET must be too.");
    }
    return { url: new URL(process.env.BOT_URL.replace(/\/?$/, "/")), secret: process.env.DIRECTLINE_SECRET, apiKey: process.env.API_KEY, stop: async () => {} };
  }

  const port = await freePort();
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), "feedbackbot-web-"));
  const secret = randomBytes(32).toString("base64url");
  const apiKey = randomBytes(24).toString("base64url");
  const url = new URL(`http://127.0.0.1:${port}/`);
  const output = [];
  const child = spawn("dotnet", ["run", "--project", "src/FeedbackBot", "--no-launch-profile", "--urls", url.origin], {
    cwd: repositoryRoot,
    detached: true,
    env: {
      ...process.env,
      Storage__Sqlite__Path: path.join(folder, "bot.db"),
      DirectLine__Secret: secret,
      FeedbackBot__ApiKeys__0: apiKey,
      DOTNET_CLI_TELEMETRY_OPTOUT: "1",
      DOTNET_NOLOGO: "1",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout.on("data", (chunk) => output.push(chunk.toString()));
  child.stderr.on("data", (chunk) => output.push(chunk.toString()));

  const stop = async () => {
    if (child.exitCode === null) {
      const exited = new Promise((resolve) => child.once("exit", resolve));
      process.kill(-child.pid, "SIGTERM");
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 15_000))]);
    }
    fs.rmSync(folder, { recursive: true, force: true });
  };

  try {
    await waitUntilHealthy(url, child, output);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, secret, apiKey, stop };
}

/** A Direct Line token for a new conversation, minted with the secret (POST /tokens/generate). */
export async function generateToken(bot) {
  const response = await fetch(new URL("v3/directline/tokens/generate", bot.url), {
    method: "POST",
    headers: { Authorization: `Bearer ${bot.secret}` },
  });
  if (!response.ok) {
    throw new Error(`tokens/generate answered ${response.status}`);
  }
  return response.json();
}
