// The web chat against a running bot: Microsoft's DirectLineJS client with polling, and our chat
// page in headless Chromium. One bot serves both suites (see support/bot.mjs).
//
// Run: `node --test tests/web/` (after `npm ci` in tests/). Screenshots go to tests/web/artifacts/.

import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { after, before, describe, test } from "node:test";
import { fileURLToPath } from "node:url";
import xhr2 from "xhr2";
import { generateToken, startBot } from "./support/bot.mjs";
import { launchBrowser } from "./support/browser.mjs";

// DirectLineJS uses RxJS's ajax, which needs XMLHttpRequest: its README's way to run in Node.
globalThis.XMLHttpRequest = xhr2;
// It also looks the WebSocket class up while constructing (Node 20 has none). With webSocket:false
// it must never open one, and this stand-in proves it by failing if it does.
globalThis.WebSocket ??= class {
  constructor() {
    throw new Error("DirectLineJS opened a WebSocket although webSocket is false.");
  }
};
const { ConnectionStatus, DirectLine } = await import("botframework-directlinejs");

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ARTIFACTS = path.join(HERE, "artifacts");
// The Adaptive Card the bot's renderer produces for a full card (its .NET tests compare against it).
const FULL_CARD = JSON.parse(fs.readFileSync(path.join(HERE, "..", "FeedbackBot.Channels.BotFramework.Tests", "Fixtures", "adaptive-card-full.json"), "utf8"));
const STEP_TIMEOUT_MS = 45_000;
const TEST_TIMEOUT_MS = 240_000;
const HELP_REPLY = /^Here's what I can do/;
// The interaction the survey-link test reports; the .NET runner (WebChatNodeTests) checks its vote in the store.
const WEB_LINK_INTERACTION = process.env.WEB_LINK_INTERACTION ?? `web-link-${Date.now()}`;

let bot;

before(async () => {
  bot = await startBot();
  fs.mkdirSync(ARTIFACTS, { recursive: true });
}, { timeout: 360_000 });

after(async () => {
  await bot?.stop();
});

/** Resolves with the first value of an observable that matches, or rejects after a timeout. */
function firstMatch(observable, predicate, what) {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      subscription.unsubscribe();
      reject(new Error(`Timed out waiting for ${what}`));
    }, STEP_TIMEOUT_MS);
    const subscription = observable.subscribe({
      next: (value) => {
        if (predicate(value)) {
          clearTimeout(timer);
          subscription.unsubscribe();
          resolve(value);
        }
      },
      error: (error) => {
        clearTimeout(timer);
        reject(error);
      },
    });
  });
}

describe("DirectLineJS (webSocket: false) against the embedded Direct Line", () => {
  test("starts a conversation, is greeted, sends help and receives the reply through polling", { timeout: TEST_TIMEOUT_MS }, async () => {
    const { token } = await generateToken(bot);
    const directLine = new DirectLine({
      token,
      domain: new URL("v3/directline", bot.url).href,
      webSocket: false,
      pollingInterval: 1000,
    });
    try {
      const greeting = firstMatch(directLine.activity$, (a) => a.type === "message" && a.from?.role === "bot" && /^Hi! I'm FeedbackBot/.test(a.text ?? ""), "the greeting");
      await firstMatch(directLine.connectionStatus$, (s) => s === ConnectionStatus.Online, "the connection to be online");
      await greeting;

      const echo = firstMatch(directLine.activity$, (a) => a.channelData?.clientActivityID === "node-help-1", "the echo of our message");
      const reply = firstMatch(directLine.activity$, (a) => a.from?.role === "bot" && HELP_REPLY.test(a.text ?? ""), "the reply to help");
      const id = await new Promise((resolve, reject) => {
        directLine.postActivity({
          type: "message",
          from: { id: "node-test-user", name: "Node test" },
          text: "help",
          locale: "en-US",
          channelData: { clientActivityID: "node-help-1" },
        }).subscribe({ next: resolve, error: reject });
      });

      const echoed = await echo;
      const answered = await reply;
      assert.ok(id, "postActivity resolves with the server's activity id");
      assert.equal(echoed.id, id);
      assert.equal(echoed.from.role, "user");
      assert.equal(answered.replyToId, id);
    } finally {
      directLine.end();
    }
  });
});

describe("the chat page in headless Chromium", () => {
  test("greets, answers help, and buttons send their values", { timeout: TEST_TIMEOUT_MS }, async (t) => {
    const browser = await launchBrowser();
    const { page } = browser;
    const composer = page.getByLabel("Message FeedbackBot");
    const botSays = (text) => page.locator(".message--bot").filter({ hasText: text }).last();
    try {
      await page.goto(bot.url.href);
      await botSays("Hi! I'm FeedbackBot").waitFor({ timeout: STEP_TIMEOUT_MS });

      await composer.fill("help");
      await composer.press("Enter");
      await botSays("Here's what I can do").waitFor({ timeout: STEP_TIMEOUT_MS });
      await page.locator(".message--user:not(.message--pending)", { hasText: "help" }).waitFor({ timeout: STEP_TIMEOUT_MS });
      await page.screenshot({ path: path.join(ARTIFACTS, "chat-help.png") });

      // Help offers every command as a suggested action (imBack): clicking one sends its value as
      // the user's text. The .NET runner registers the three-question test dialog ("three"), whose
      // text answer, suggested actions and card button the rest of this test walks through.
      const suggestions = page.locator("#suggestions button");
      const offered = (await suggestions.allTextContents()).map((text) => text.trim());
      assert.ok(offered.length > 0, "help offers the commands as buttons");
      if (!offered.includes("three")) {
        assert.notEqual(process.env.REQUIRE_BUTTONS, "1", `help offered ${offered.join(", ")} but not the test dialog "three", which this run requires`);
        const before = await page.locator(".message--bot").count();
        await suggestions.first().click();
        await page.locator(".message--bot").nth(before).waitFor({ timeout: STEP_TIMEOUT_MS });
        assert.ok(await page.locator(".message--user", { hasText: offered[0] }).count() > 0, "the clicked value shows as the user's message");
        t.skip("This bot has no three-question test dialog (the .NET runner adds it): the card button is not exercised.");
        return;
      }

      await suggestions.filter({ hasText: /^\s*three\s*$/ }).click();
      await page.locator(".message--user", { hasText: "three" }).first().waitFor({ timeout: STEP_TIMEOUT_MS });

      // The three-question test dialog: a text answer, a suggested action and a card button.
      await botSays("What is your name?").waitFor({ timeout: STEP_TIMEOUT_MS });
      await composer.fill("Ada");
      await composer.press("Enter");
      await botSays("Which colour?").waitFor({ timeout: STEP_TIMEOUT_MS });
      await page.getByRole("group", { name: "Suggested replies" }).getByRole("button", { name: "Blue" }).click();
      const card = page.locator(".card").filter({ hasText: "Subscribe?" }).last();
      await card.getByRole("button", { name: "Yes" }).waitFor({ timeout: STEP_TIMEOUT_MS });
      await page.screenshot({ path: path.join(ARTIFACTS, "chat-card.png") });
      await card.getByRole("button", { name: "Yes" }).click();

      await botSays("Done: Ada, blue, yes.").waitFor({ timeout: STEP_TIMEOUT_MS });
      // The answered card is replaced in place by one that shows the answer and has no buttons.
      await page.locator(".card").filter({ hasText: "Subscribe?" }).locator("dd", { hasText: "Yes" }).waitFor({ timeout: STEP_TIMEOUT_MS });
      assert.equal(await page.locator(".card").filter({ hasText: "Subscribe?" }).getByRole("button").count(), 0);
      await page.screenshot({ path: path.join(ARTIFACTS, "chat-done.png") });
      assert.deepEqual(browser.problems, []);
    } finally {
      await browser.close();
    }
  });

  test("is usable on a phone-sized screen with the keyboard alone", { timeout: TEST_TIMEOUT_MS }, async () => {
    const browser = await launchBrowser({ width: 390, height: 760 });
    const { page } = browser;
    try {
      await page.goto(bot.url.href);
      await page.locator(".message--bot", { hasText: "Hi! I'm FeedbackBot" }).waitFor({ timeout: STEP_TIMEOUT_MS });

      // Focus lands in the composer once connected; typing and Enter send.
      await page.getByLabel("Message FeedbackBot").waitFor({ state: "visible" });
      await page.waitForFunction(() => document.activeElement?.id === "message", null, { timeout: STEP_TIMEOUT_MS });
      await page.keyboard.type("help");
      await page.keyboard.press("Enter");
      await page.locator(".message--bot", { hasText: "Here's what I can do" }).waitFor({ timeout: STEP_TIMEOUT_MS });

      // A reload resumes the same conversation: the history comes back, without a second greeting.
      await page.reload();
      await page.locator(".message--bot", { hasText: "Here's what I can do" }).waitFor({ timeout: STEP_TIMEOUT_MS });
      assert.equal(await page.locator(".message--bot", { hasText: "Hi! I'm FeedbackBot" }).count(), 1);

      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.equal(overflow, 0, "nothing is wider than the phone screen");
      assert.equal(await page.getByRole("log").getAttribute("aria-live"), "polite");
      await page.screenshot({ path: path.join(ARTIFACTS, "chat-phone.png") });
      assert.deepEqual(browser.problems, []);
    } finally {
      await browser.close();
    }
  });
});

describe("a one-click survey link, then the chat page it offers, in headless Chromium", () => {
  test("records the vote, and the chat continues with that interaction's why-question", { timeout: TEST_TIMEOUT_MS }, async (t) => {
    if (!bot.apiKey) {
      t.skip("No helpdesk API key: BOT_URL was given without API_KEY.");
      return;
    }
    const created = await fetch(new URL("api/interactions", bot.url), {
      method: "POST",
      headers: { "Content-Type": "application/json", "X-Api-Key": bot.apiKey },
      body: JSON.stringify({
        interactionId: WEB_LINK_INTERACTION,
        customer: { id: "web-link-customer", name: "Ada Lovelace" },
        agent: { id: "agent-7", name: "Sam" },
        team: "support",
        occurredAt: new Date().toISOString(),
      }),
    });
    assert.equal(created.status, 201, await created.clone().text());
    // The links point at FeedbackBot:PublicBaseUrl; the test follows them on the bot it runs against.
    const onThisBot = (link) => new URL(`${new URL(link).pathname.slice(1)}${new URL(link).search}`, bot.url).href;
    const { surveyUrl } = await created.json();

    const browser = await launchBrowser();
    const { page } = browser;
    const botSays = (text) => page.locator(".message--bot").filter({ hasText: text }).last();
    try {
      await page.goto(`${onThisBot(surveyUrl)}?vote=miss`);
      await page.getByText("We recorded your MISS").waitFor({ timeout: STEP_TIMEOUT_MS });
      const chatLink = await page.getByRole("link", { name: "Tell us in the chat" }).getAttribute("href");
      await page.screenshot({ path: path.join(ARTIFACTS, "link-recorded.png") });

      await page.goto(onThisBot(chatLink));
      await botSays("What should we have done differently?").waitFor({ timeout: STEP_TIMEOUT_MS });
      assert.equal(await page.locator(".message--bot", { hasText: "How was your experience" }).count(), 0, "the vote cast by the link is not asked again");
      assert.equal(new URL(page.url()).searchParams.has("feedback"), false, "the token leaves the address bar");
      const composer = page.getByLabel("Message FeedbackBot");
      await composer.fill("Nobody called me back");
      await composer.press("Enter");
      await botSays("Which part of our service was it about?").waitFor({ timeout: STEP_TIMEOUT_MS });
      await page.getByRole("group", { name: "Suggested replies" }).getByRole("button", { name: "Returning calls, emails and tickets" }).click();
      await botSays("Thank you for your feedback").waitFor({ timeout: STEP_TIMEOUT_MS });
      await page.screenshot({ path: path.join(ARTIFACTS, "link-why-in-chat.png") });
      assert.deepEqual(browser.problems, []);
    } finally {
      await browser.close();
    }
  });
});

describe("the chat page's renderers in headless Chromium", () => {
  test("render the bot's full Adaptive Card accessibly and submit inputs merged with the button's data", { timeout: TEST_TIMEOUT_MS }, async () => {
    const browser = await launchBrowser();
    const { page } = browser;
    try {
      await page.goto(new URL("js/cards.js", bot.url).href);
      await page.setContent("<main id=host></main>");
      await page.evaluate(async ({ card, url }) => {
        const { renderAdaptiveCard } = await import(url);
        window.submitted = [];
        document.getElementById("host").append(renderAdaptiveCard(card, {
          onSubmit: (value, title) => window.submitted.push({ value, title }),
          onImBack: () => {},
        }));
      }, { card: FULL_CARD, url: new URL("js/cards.js", bot.url).href });

      await page.getByRole("heading", { name: "Decision check" }).waitFor();
      assert.equal(await page.locator("dd").first().textContent(), 'Close the "help" line on Sundays');
      await page.getByLabel("Why?").fill("Sundays are our busiest day");
      await page.getByRole("group", { name: "Which elements?" }).getByRole("checkbox", { name: "Shipping" }).check();
      await page.getByRole("checkbox", { name: "Returns" }).check();
      await page.getByRole("button", { name: "MISS" }).click();

      const submitted = await page.evaluate(() => window.submitted);
      assert.deepEqual(submitted, [{ value: { why: "Sundays are our busiest day", elements: "shipping,returns", choice: "miss" }, title: "MISS" }]);
      assert.ok(await page.getByRole("button", { name: "HIT" }).isDisabled(), "a submitted card can't be submitted twice");
    } finally {
      await browser.close();
    }
  });

  test("render markdown and never turn text into HTML", { timeout: TEST_TIMEOUT_MS }, async () => {
    const browser = await launchBrowser();
    const { page } = browser;
    try {
      await page.goto(new URL("js/markdown.js", bot.url).href);
      const rendered = await page.evaluate(async (url) => {
        const { renderMarkdown } = await import(url);
        const render = (text) => {
          const div = document.createElement("div");
          div.append(renderMarkdown(text));
          return div.innerHTML;
        };
        window.pwned = false;
        const attack = render('<img src=x onerror="window.pwned=true"> [click](javascript:window.pwned=true) **<b>bold</b>**');
        document.body.innerHTML = attack;
        await new Promise((resolve) => setTimeout(resolve, 200));
        return {
          formatted: render("**Vote:** _HIT_ or *MISS*, see [the report](https://example.com/r?a=1&b=2) or https://example.com/x.\nNext line\n\nNew paragraph with `code`"),
          attack,
          pwned: window.pwned,
        };
      }, new URL("js/markdown.js", bot.url).href);

      assert.equal(
        rendered.formatted,
        '<p><strong>Vote:</strong> <em>HIT</em> or <em>MISS</em>, see <a href="https://example.com/r?a=1&amp;b=2" target="_blank" rel="noopener noreferrer">the report</a> or '
          + '<a href="https://example.com/x" target="_blank" rel="noopener noreferrer">https://example.com/x</a>.<br>Next line</p><p>New paragraph with <code>code</code></p>');
      assert.equal(rendered.attack, '<p>&lt;img src=x onerror="window.pwned=true"&gt; click <strong>&lt;b&gt;bold&lt;/b&gt;</strong></p>');
      assert.equal(rendered.pwned, false);
    } finally {
      await browser.close();
    }
  });
});
