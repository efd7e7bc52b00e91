// Launches Debian's Chromium (never a downloaded browser) with the flags this machine needs:
// without the background-networking flags Chromium keeps dialling Google's hosts, which the
// closed network refuses. Each launch gets a fresh, empty profile.

import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { chromium } from "playwright-core";

export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export const CHROMIUM_FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

const LOOPBACK_HOSTS = new Set(["127.0.0.1", "localhost", "[::1]"]);

/** Returns { context, page, close() } with a fresh --user-data-dir. */
export async function launchBrowser({ width = 1100, height = 820 } = {}) {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), "feedbackbot-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_FLAGS,
    viewport: { width, height },
    locale: "en-US",
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const problems = [];
  page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
  // The page must work offline (no CDN): anything it fetches from off this machine is a problem.
  page.on("request", (request) => {
    const url = new URL(request.url());
    if (url.protocol.startsWith("http") && !LOOPBACK_HOSTS.has(url.hostname)) {
      problems.push(`request off this machine: ${request.url()}`);
    }
  });
  page.on("console", (message) => {
    if (message.type() === "error") {
      problems.push(`console error: ${message.text()}`);
    }
  });
  return {
    context,
    page,
    problems,
    close: async () => {
      await context.close();
      fs.rmSync(profile, { recursive: true, force: true });
    },
  };
}
