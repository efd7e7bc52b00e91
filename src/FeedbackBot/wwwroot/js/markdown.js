// The small markdown subset bot messages use: **bold**, *italics* / _italics_, `code`,
// [links](https://…), bare http(s) links and line breaks. It builds DOM nodes and only ever sets
// text through textContent, so text from the bot or a user can never become HTML: escaping is
// done by construction, before any markup is recognised.

const INLINE = [
  { kind: "link", pattern: /\[([^\]\n]+)\]\(([^)\s]+)\)/ },
  { kind: "code", pattern: /`([^`\n]+)`/ },
  { kind: "bold", pattern: /\*\*([^*\n]+?)\*\*/ },
  { kind: "italic", pattern: /(?<![\w*])\*([^*\n]+?)\*(?![\w*])|(?<!\w)_([^_\n]+?)_(?!\w)/ },
  { kind: "url", pattern: /\bhttps?:\/\/[^\s<>"')\]]+[^\s<>"')\].,;:!?]/ },
];

/** Only these schemes become links: never javascript:, data: or the like. */
export function safeHref(href) {
  try {
    const url = new URL(href, document.baseURI);
    return ["http:", "https:", "mailto:"].includes(url.protocol) ? url.href : null;
  } catch {
    return null;
  }
}

function link(text, href) {
  const safe = safeHref(href);
  if (!safe) {
    return document.createTextNode(text);
  }

  const a = document.createElement("a");
  a.href = safe;
  a.target = "_blank";
  a.rel = "noopener noreferrer";
  a.textContent = text;
  return a;
}

/** Appends the inline markup of one line to parent. */
function appendInline(parent, text) {
  while (text.length > 0) {
    let first = null;
    for (const rule of INLINE) {
      const match = rule.pattern.exec(text);
      if (match && (first === null || match.index < first.match.index)) {
        first = { rule, match };
      }
    }

    if (first === null) {
      parent.append(document.createTextNode(text));
      return;
    }

    const { rule, match } = first;
    if (match.index > 0) {
      parent.append(document.createTextNode(text.slice(0, match.index)));
    }

    if (rule.kind === "link") {
      parent.append(link(match[1], match[2]));
    } else if (rule.kind === "url") {
      parent.append(link(match[0], match[0]));
    } else {
      const element = document.createElement(rule.kind === "bold" ? "strong" : rule.kind === "italic" ? "em" : "code");
      if (rule.kind === "code") {
        element.textContent = match[1];
      } else {
        appendInline(element, match[1] ?? match[2]);
      }
      parent.append(element);
    }

    text = text.slice(match.index + match[0].length);
  }
}

/**
 * Renders text into a fragment: paragraphs at blank lines, <br> at single line breaks, inline
 * markup within lines. Plain text (textFormat "plain") gets the line handling but no markup.
 */
export function renderMarkdown(text, { plain = false } = {}) {
  const fragment = document.createDocumentFragment();
  const paragraphs = String(text ?? "").replace(/\r\n?/g, "\n").split(/\n{2,}/);
  for (const paragraph of paragraphs) {
    if (paragraph.trim() === "") {
      continue;
    }

    const p = document.createElement("p");
    paragraph.split("\n").forEach((line, index) => {
      if (index > 0) {
        p.append(document.createElement("br"));
      }
      if (plain) {
        p.append(document.createTextNode(line));
      } else {
        appendInline(p, line);
      }
    });
    fragment.append(p);
  }
  return fragment;
}
