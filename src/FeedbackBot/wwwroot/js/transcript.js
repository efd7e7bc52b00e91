// The message list: renders activities from the transcript, groups consecutive messages of one
// sender, replaces a message when the bot sends a newer version under the same id, and keeps the
// user's own messages in a pending state until their echo (same clientActivityID) comes back.

import { renderMarkdown } from "./markdown.js";
import { renderAdaptiveCard } from "./cards.js";

const ADAPTIVE_CARD = "application/vnd.microsoft.card.adaptive";
const timeFormat = new Intl.DateTimeFormat(undefined, { hour: "2-digit", minute: "2-digit" });

function formatTime(timestamp) {
  const date = timestamp ? new Date(timestamp) : new Date();
  return Number.isNaN(date.getTime()) ? "" : timeFormat.format(date);
}

function hidden(text) {
  const span = document.createElement("span");
  span.className = "visually-hidden";
  span.textContent = text;
  return span;
}

export class TranscriptView {
  #list;
  #scroller;
  #handlers;
  #lastTime = null;

  /** handlers: onSubmit(cardActivity, value, title, reenable), onImBack(text), onRetry(clientActivityId) */
  constructor(list, scroller, handlers) {
    this.#list = list;
    this.#scroller = scroller;
    this.#handlers = handlers;
  }

  clear() {
    this.#lastTime = null;
    this.#list.replaceChildren();
  }

  /** Adds or replaces one activity from the transcript; returns true when something is shown. */
  showActivity(activity) {
    if (activity.type !== "message") {
      return false;
    }

    const isUser = activity.from?.role === "user";
    if (isUser) {
      return this.#showUserEcho(activity);
    }

    const existing = activity.id ? this.#find(`[data-id="${CSS.escape(activity.id)}"]`) : null;
    const content = this.#botContent(activity);
    if (existing) {
      existing.querySelector(".message__content").replaceWith(content);
      return true;
    }

    const item = this.#item("bot", activity.timestamp);
    item.dataset.id = activity.id ?? "";
    item.querySelector(".message__body").append(content);
    this.#append(item, false);
    return true;
  }

  /** Shows the user's message at once, marked as sending, before the server has it. */
  showPendingUserMessage(text, clientActivityId) {
    const item = this.#item("user");
    item.classList.add("message--pending");
    item.dataset.clientId = clientActivityId;
    const bubble = document.createElement("div");
    bubble.className = "bubble message__content";
    bubble.append(hidden("You said: "), renderMarkdown(text, { plain: true }));
    const state = document.createElement("div");
    state.className = "message__state";
    state.textContent = "Sending…";
    item.querySelector(".message__body").append(bubble, state);
    this.#append(item, true);
  }

  markSent(clientActivityId, id) {
    const item = this.#find(`[data-client-id="${CSS.escape(clientActivityId)}"]`);
    if (!item) {
      return;
    }
    item.classList.remove("message--pending", "message--failed");
    if (id) {
      item.dataset.id = id;
    }
    item.querySelector(".message__state")?.remove();
  }

  markFailed(clientActivityId) {
    const item = this.#find(`[data-client-id="${CSS.escape(clientActivityId)}"]`);
    if (!item) {
      return;
    }
    item.classList.remove("message--pending");
    item.classList.add("message--failed");
    const state = item.querySelector(".message__state");
    const retry = document.createElement("button");
    retry.type = "button";
    retry.className = "message__retry";
    retry.textContent = "Retry";
    retry.addEventListener("click", () => this.#handlers.onRetry(clientActivityId));
    state.replaceChildren(document.createTextNode("Not sent. "), retry);
  }

  markPending(clientActivityId) {
    const item = this.#find(`[data-client-id="${CSS.escape(clientActivityId)}"]`);
    if (!item) {
      return;
    }
    item.classList.remove("message--failed");
    item.classList.add("message--pending");
    item.querySelector(".message__state").textContent = "Sending…";
  }

  scrollToEnd() {
    this.#scroller.scrollTop = this.#scroller.scrollHeight;
  }

  #showUserEcho(activity) {
    const clientId = activity.channelData?.clientActivityID;
    if (clientId && this.#find(`[data-client-id="${CSS.escape(clientId)}"]`)) {
      this.markSent(clientId, activity.id);
      return true;
    }
    if (activity.id && this.#find(`[data-id="${CSS.escape(activity.id)}"]`)) {
      return true;
    }
    // Card submits and postBacks carry no text: the card itself shows the answer.
    if (!activity.text) {
      return false;
    }

    const item = this.#item("user", activity.timestamp);
    item.dataset.id = activity.id ?? "";
    const bubble = document.createElement("div");
    bubble.className = "bubble message__content";
    bubble.append(hidden("You said: "), renderMarkdown(activity.text, { plain: true }));
    item.querySelector(".message__body").append(bubble);
    this.#append(item, false);
    return true;
  }

  #botContent(activity) {
    const content = document.createElement("div");
    content.className = "message__content message__group";
    if (activity.text) {
      const bubble = document.createElement("div");
      bubble.className = "bubble";
      bubble.append(hidden("FeedbackBot said: "), renderMarkdown(activity.text, { plain: activity.textFormat === "plain" }));
      content.append(bubble);
    }
    for (const attachment of activity.attachments ?? []) {
      if (attachment.contentType === ADAPTIVE_CARD && attachment.content) {
        content.append(renderAdaptiveCard(attachment.content, {
          onSubmit: (value, title, reenable) => this.#handlers.onSubmit(activity, value, title, reenable),
          onImBack: (text) => this.#handlers.onImBack(text),
        }));
      }
    }
    return content;
  }

  #item(role, timestamp) {
    const item = document.createElement("li");
    item.className = `message message--${role}`;
    const last = this.#list.lastElementChild;
    const startsGroup = !last || !last.classList.contains(`message--${role}`);
    if (startsGroup) {
      item.classList.add("message--first");
    }

    if (role === "bot") {
      const avatar = document.createElement("div");
      avatar.setAttribute("aria-hidden", "true");
      if (startsGroup) {
        avatar.className = "avatar avatar--small";
        avatar.textContent = "FB";
      } else {
        avatar.className = "message__avatar-space";
      }
      item.append(avatar);
    }

    const body = document.createElement("div");
    body.className = "message__body";
    // A quick exchange shows its time once: a group gets a time line only when the minute changed.
    const time = formatTime(timestamp);
    if (startsGroup && time !== this.#lastTime) {
      this.#lastTime = time;
      const meta = document.createElement("div");
      meta.className = "message__meta";
      meta.setAttribute("aria-hidden", "true");
      meta.textContent = role === "bot" ? `FeedbackBot · ${time}` : time;
      body.append(meta);
    }
    item.append(body);
    return item;
  }

  #append(item, forceScroll) {
    const nearBottom = this.#scroller.scrollHeight - this.#scroller.scrollTop - this.#scroller.clientHeight < 120;
    this.#list.append(item);
    if (forceScroll || nearBottom) {
      this.scrollToEnd();
    }
  }

  #find(selector) {
    return this.#list.querySelector(selector);
  }
}
