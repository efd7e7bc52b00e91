// The chat page: connects to the bot's embedded Direct Line, shows the transcript, sends what the
// user types, card submits and suggested actions, and keeps focus and status sensible.

import { DirectLineConnection } from "./directline.js";
import { TranscriptView } from "./transcript.js";

const $ = (id) => document.getElementById(id);
const elements = {
  transcript: $("transcript"),
  messages: $("messages"),
  typing: $("typing"),
  suggestions: $("suggestions"),
  composer: $("composer"),
  input: $("message"),
  send: $("send"),
  statusText: $("status-text"),
  statusDot: document.querySelector(".chat__status-dot"),
  restart: $("restart"),
};

const STATUS = {
  connecting: "Connecting…",
  online: "Online",
  reconnecting: "Reconnecting…",
  expired: "This chat has expired.",
  ended: "This chat has ended.",
  failed: "Can't reach the bot right now.",
};

const TYPING_TIMEOUT_MS = 8000;
const outbox = new Map();
let typingTimer = null;
let connected = false;

// getRandomValues, not randomUUID: the latter exists only in secure contexts, and a self-hosted
// bot may be opened over plain http on a LAN address.
const newClientActivityId = () => Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, "0")).join("");

const view = new TranscriptView(elements.messages, elements.transcript, {
  onSubmit: (cardActivity, value, title, reenable) => {
    clearSuggestions();
    // replyToId names the card, so the bot can replace it with the answer.
    send({ type: "message", value, replyToId: cardActivity.id, channelData: { postBack: true } }, { onFailed: reenable });
    elements.input.focus();
  },
  onImBack: (text) => sendText(text),
  onRetry: (clientActivityId) => {
    const pending = outbox.get(clientActivityId);
    if (pending) {
      view.markPending(clientActivityId);
      deliver(pending.activity, pending.options);
    }
  },
});

const connection = new DirectLineConnection({
  onActivity: (activity) => {
    const isBot = activity.from?.role !== "user";
    if (view.showActivity(activity) && isBot) {
      hideTyping();
      showSuggestions(activity);
    }
  },
  onStatus: setStatus,
});

function setStatus(state) {
  elements.statusText.textContent = STATUS[state] ?? state;
  elements.statusDot.dataset.state = state === "online" ? "online" : state === "connecting" || state === "reconnecting" ? "connecting" : "offline";
  connected = state === "online" || state === "reconnecting";
  elements.input.disabled = !connected;
  updateSendButton();
  elements.restart.hidden = !["expired", "ended", "failed"].includes(state);
  if (state === "online" && document.activeElement === document.body) {
    elements.input.focus();
  }
}

function updateSendButton() {
  elements.send.disabled = !connected || elements.input.value.trim() === "";
}

function showTyping() {
  elements.typing.hidden = false;
  view.scrollToEnd();
  clearTimeout(typingTimer);
  typingTimer = setTimeout(hideTyping, TYPING_TIMEOUT_MS);
}

function hideTyping() {
  clearTimeout(typingTimer);
  elements.typing.hidden = true;
}

function clearSuggestions() {
  elements.suggestions.replaceChildren();
  elements.suggestions.hidden = true;
}

// Suggested actions belong to the latest bot message only; anything newer removes them.
function showSuggestions(activity) {
  clearSuggestions();
  const actions = (activity.suggestedActions?.actions ?? []).filter((a) => ["imBack", "messageBack", "postBack"].includes(a.type));
  for (const action of actions) {
    const button = document.createElement("button");
    button.type = "button";
    button.className = "button";
    button.textContent = action.title ?? String(action.value ?? "");
    button.addEventListener("click", () => {
      clearSuggestions();
      elements.input.focus();
      if (action.type === "imBack") {
        sendText(String(action.value ?? ""));
      } else if (action.type === "messageBack") {
        send({ type: "message", text: action.text, value: action.value, channelData: { messageBack: { displayText: action.displayText } } },
          { display: action.displayText });
      } else {
        send({ type: "message", value: action.value, channelData: { postBack: true } });
      }
    });
    elements.suggestions.append(button);
  }
  elements.suggestions.hidden = actions.length === 0;
}

function sendText(text) {
  if (text.trim() !== "") {
    send({ type: "message", text }, { display: text });
  }
}

/** Stamps an activity as Web Chat does and posts it; text the user sees is shown at once. */
function send(activity, options = {}) {
  clearSuggestions();
  const clientActivityID = newClientActivityId();
  const full = {
    ...activity,
    from: { id: "", role: "user" },
    locale: navigator.language,
    localTimestamp: new Date().toISOString(),
    localTimezone: Intl.DateTimeFormat().resolvedOptions().timeZone,
    channelData: { ...(activity.channelData ?? {}), clientActivityID },
  };
  if (options.display) {
    view.showPendingUserMessage(options.display, clientActivityID);
  }
  deliver(full, options);
}

async function deliver(activity, options) {
  const clientActivityID = activity.channelData.clientActivityID;
  outbox.set(clientActivityID, { activity, options });
  showTyping();
  try {
    const id = await connection.post(activity);
    outbox.delete(clientActivityID);
    view.markSent(clientActivityID, id);
  } catch {
    hideTyping();
    view.markFailed(clientActivityID);
    options.onFailed?.();
  }
}

function autosize() {
  elements.input.style.height = "auto";
  elements.input.style.height = `${Math.min(elements.input.scrollHeight, 160)}px`;
}

elements.composer.addEventListener("submit", (event) => {
  event.preventDefault();
  const text = elements.input.value;
  if (!connected || text.trim() === "") {
    return;
  }
  elements.input.value = "";
  autosize();
  updateSendButton();
  sendText(text);
  elements.input.focus();
});

elements.input.addEventListener("keydown", (event) => {
  if (event.key === "Enter" && !event.shiftKey && !event.isComposing) {
    event.preventDefault();
    elements.composer.requestSubmit();
  }
});

elements.input.addEventListener("input", () => {
  autosize();
  updateSendButton();
});

elements.restart.addEventListener("click", () => start(true));

// A link may open the chat on a command (the survey invitation links to /?start=service-survey).
// Only these words are sent, so a link cannot put other text in the user's mouth; the parameter
// is then dropped, so a reload does not send it again.
const startCommands = ["service-survey"];

function takeStartCommand() {
  const url = new URL(window.location.href);
  const word = url.searchParams.get("start");
  if (word === null) {
    return null;
  }
  url.searchParams.delete("start");
  window.history.replaceState(null, "", url);
  return startCommands.includes(word) ? word : null;
}

async function start(fresh) {
  view.clear();
  clearSuggestions();
  hideTyping();
  try {
    await connection.connect({ fresh });
  } catch {
    setStatus("failed");
    return;
  }
  const command = takeStartCommand();
  if (command !== null) {
    sendText(command);
  }
  openFeedback();
}

/**
 * Opened from a survey link's page (?feedback={token}): ask the bot for the why-question about
 * the vote just cast, once; the token leaves the address bar so a reload does not ask again.
 */
function openFeedback() {
  const params = new URLSearchParams(location.search);
  const ticket = params.get("feedback");
  if (!ticket) {
    return;
  }
  params.delete("feedback");
  const rest = params.toString();
  history.replaceState(null, "", location.pathname + (rest ? `?${rest}` : ""));
  send({ type: "message", value: { command: "vote", ticket, why: "1" }, channelData: { postBack: true } });
}

start(new URLSearchParams(location.search).has("feedback"));
