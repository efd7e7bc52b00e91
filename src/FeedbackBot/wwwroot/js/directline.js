// A small Direct Line 3.0 client with polling, speaking to this bot's embedded endpoint the way
// Microsoft's DirectLineJS does with webSocket:false: start a conversation with a token, poll
// GET …/activities?watermark= every second, post activities, refresh the token every 15 minutes.
// The page never sees the Direct Line secret: its token comes from POST /chat/token.

const POLL_INTERVAL_MS = 1000;
const REFRESH_INTERVAL_MS = 15 * 60 * 1000;
const SESSION_KEY = "feedbackbot.directline";

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

export class DirectLineError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

export class DirectLineConnection {
  #base;
  #tokenUrl;
  #storage;
  #onActivity;
  #onStatus;
  #token = null;
  #conversationId = null;
  #watermark = "";
  #generation = 0;
  #refreshTimer = null;

  constructor({ base = "v3/directline", tokenUrl = "chat/token", storage = window.sessionStorage, onActivity, onStatus }) {
    this.#base = new URL(base.replace(/\/?$/, "/"), document.baseURI);
    this.#tokenUrl = new URL(tokenUrl, document.baseURI);
    this.#storage = storage;
    this.#onActivity = onActivity;
    this.#onStatus = onStatus;
  }

  get conversationId() {
    return this.#conversationId;
  }

  /** Resumes the tab's conversation after a reload, or starts a new one. */
  async connect({ fresh = false } = {}) {
    const generation = ++this.#generation;
    clearInterval(this.#refreshTimer);
    this.#watermark = "";
    this.#onStatus("connecting");
    const saved = fresh ? null : this.#load();
    if (!(saved && (await this.#resume(saved)))) {
      await this.#start();
    }

    if (generation !== this.#generation) {
      return;
    }

    this.#save();
    this.#refreshTimer = setInterval(() => this.#refresh(), REFRESH_INTERVAL_MS);
    this.#pollLoop(generation);
  }

  /** Posts an activity; resolves to the id the server gave it, rejects with a DirectLineError. */
  async post(activity) {
    const response = await this.#request("POST", `conversations/${encodeURIComponent(this.#conversationId)}/activities`, activity);
    if (!response.ok) {
      if (response.status === 403) {
        this.#onStatus("expired");
      }
      throw new DirectLineError(response.status, `The message was not accepted (${response.status}).`);
    }
    return (await response.json()).id;
  }

  stop() {
    this.#generation++;
    clearInterval(this.#refreshTimer);
  }

  async #start() {
    const tokenResponse = await fetch(this.#tokenUrl, { method: "POST" });
    if (!tokenResponse.ok) {
      throw new DirectLineError(tokenResponse.status, "Could not get a chat token.");
    }
    this.#token = (await tokenResponse.json()).token;
    const response = await this.#request("POST", "conversations", { locale: navigator.language });
    if (!response.ok) {
      throw new DirectLineError(response.status, "Could not start the conversation.");
    }
    const conversation = await response.json();
    this.#conversationId = conversation.conversationId;
    this.#token = conversation.token;
  }

  async #resume(saved) {
    this.#token = saved.token;
    this.#conversationId = saved.conversationId;
    try {
      const response = await this.#request("GET", `conversations/${encodeURIComponent(saved.conversationId)}?watermark=`);
      if (!response.ok) {
        return false;
      }
      this.#token = (await response.json()).token;
      return true;
    } catch {
      return false;
    }
  }

  async #refresh() {
    try {
      const response = await this.#request("POST", "tokens/refresh");
      if (response.ok) {
        this.#token = (await response.json()).token;
        this.#save();
      }
    } catch {
      // The next poll tells whether the connection is really gone.
    }
  }

  async #pollLoop(generation) {
    let refreshedAfter403 = false;
    while (generation === this.#generation) {
      const started = Date.now();
      let wait = POLL_INTERVAL_MS;
      try {
        const response = await this.#request(
          "GET",
          `conversations/${encodeURIComponent(this.#conversationId)}/activities?watermark=${encodeURIComponent(this.#watermark)}`);
        if (generation !== this.#generation) {
          return;
        }

        if (response.ok) {
          const set = await response.json();
          // A missing watermark must not overwrite the one we have (PROTOCOLS.md 5.1).
          if (set.watermark) {
            this.#watermark = set.watermark;
          }
          for (const activity of set.activities ?? []) {
            this.#onActivity(activity);
          }
          refreshedAfter403 = false;
          this.#onStatus("online");
        } else if (response.status === 403 && !refreshedAfter403) {
          refreshedAfter403 = true;
          await this.#refresh();
        } else if (response.status === 403 || response.status === 404) {
          this.#onStatus(response.status === 403 ? "expired" : "ended");
          return;
        } else if (response.status === 429) {
          // Our server sends a small Retry-After in seconds.
          wait = Math.max(POLL_INTERVAL_MS, 1000 * Number(response.headers.get("Retry-After") ?? 1));
        } else {
          this.#onStatus("reconnecting");
        }
      } catch {
        this.#onStatus("reconnecting");
      }
      await sleep(Math.max(0, wait - (Date.now() - started)));
    }
  }

  #request(method, path, body) {
    const headers = { Authorization: `Bearer ${this.#token}` };
    if (body !== undefined) {
      headers["Content-Type"] = "application/json";
    }
    return fetch(new URL(path, this.#base), {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  }

  #load() {
    try {
      const saved = JSON.parse(this.#storage.getItem(SESSION_KEY) ?? "null");
      return saved?.token && saved?.conversationId ? saved : null;
    } catch {
      return null;
    }
  }

  #save() {
    try {
      this.#storage.setItem(SESSION_KEY, JSON.stringify({ token: this.#token, conversationId: this.#conversationId }));
    } catch {
      // Private modes may refuse storage; a reload then simply starts a new chat.
    }
  }
}
