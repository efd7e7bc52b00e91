// Renders the Adaptive Card subset the bot's renderer produces (TextBlock, FactSet, Input.Text,
// Input.ChoiceSet, Action.Submit; plus Action.OpenUrl) as plain, accessible HTML. Unknown
// elements are skipped, as Adaptive Cards hosts do with elements they do not support.

import { renderMarkdown, safeHref } from "./markdown.js";

let nextId = 0;
const uniqueId = (prefix) => `${prefix}-${++nextId}`;

function textBlock(element) {
  const isHeading = element.style === "heading" || element.weight === "Bolder";
  const node = document.createElement(isHeading ? "h2" : "div");
  node.className = isHeading ? "card__heading" : "card__text";
  if (element.isSubtle) {
    node.classList.add("card__text--subtle");
  }
  node.append(renderMarkdown(element.text));
  return node;
}

function factSet(element) {
  const list = document.createElement("dl");
  list.className = "facts";
  for (const fact of element.facts ?? []) {
    const title = document.createElement("dt");
    title.textContent = fact.title ?? "";
    const value = document.createElement("dd");
    value.textContent = fact.value ?? "";
    list.append(title, value);
  }
  return list;
}

function textInput(element, inputs) {
  const field = document.createElement("div");
  field.className = "field";
  const id = uniqueId("card-input");
  const label = document.createElement("label");
  label.className = "field__label";
  label.htmlFor = id;
  label.textContent = element.label ?? element.placeholder ?? element.id;
  const input = document.createElement(element.isMultiline ? "textarea" : "input");
  input.className = "field__input";
  input.id = id;
  if (!element.isMultiline) {
    input.type = "text";
  }
  if (element.placeholder) {
    input.placeholder = element.placeholder;
  }
  if (element.maxLength) {
    input.maxLength = element.maxLength;
  }
  if (element.value) {
    input.value = element.value;
  }
  field.append(label, input);
  inputs.push({ id: element.id, read: () => input.value, controls: [input] });
  return field;
}

function choiceSet(element, inputs) {
  const multi = element.isMultiSelect === true;
  const initial = new Set(String(element.value ?? "").split(",").filter(Boolean));
  const choices = element.choices ?? [];

  if (element.style === "compact" && !multi) {
    const field = document.createElement("div");
    field.className = "field";
    const id = uniqueId("card-select");
    const label = document.createElement("label");
    label.className = "field__label";
    label.htmlFor = id;
    label.textContent = element.label ?? element.id;
    const select = document.createElement("select");
    select.className = "field__input";
    select.id = id;
    for (const choice of choices) {
      const option = new Option(choice.title, choice.value, false, initial.has(choice.value));
      select.append(option);
    }
    field.append(label, select);
    inputs.push({ id: element.id, read: () => select.value, controls: [select] });
    return field;
  }

  const fieldset = document.createElement("fieldset");
  fieldset.className = "field";
  const legend = document.createElement("legend");
  legend.className = "field__label";
  legend.textContent = element.label ?? element.id;
  fieldset.append(legend);
  const name = uniqueId("card-choice");
  const boxes = choices.map((choice) => {
    const wrapper = document.createElement("label");
    wrapper.className = "choice";
    const box = document.createElement("input");
    box.type = multi ? "checkbox" : "radio";
    box.name = name;
    box.value = choice.value;
    box.checked = initial.has(choice.value);
    const caption = document.createElement("span");
    caption.textContent = choice.title;
    wrapper.append(box, caption);
    fieldset.append(wrapper);
    return box;
  });
  // Adaptive Cards submits a multi-select as its values joined with commas.
  inputs.push({ id: element.id, read: () => boxes.filter((b) => b.checked).map((b) => b.value).join(","), controls: boxes });
  return fieldset;
}

function actionButton(action, inputs, handlers, allControls) {
  const button = document.createElement("button");
  button.type = "button";
  button.className = "button";
  if (action.style === "positive") {
    button.classList.add("button--positive");
  } else if (action.style === "destructive") {
    button.classList.add("button--destructive");
  }
  button.textContent = action.title ?? "Submit";

  if (action.type === "Action.OpenUrl") {
    const href = safeHref(action.url);
    button.disabled = href === null;
    button.addEventListener("click", () => window.open(href, "_blank", "noopener,noreferrer"));
    return button;
  }

  button.addEventListener("click", () => {
    const data = action.data;
    // Teams-style imBack buttons (data.msteams) post their value as typed text.
    if (data && typeof data === "object" && data.msteams?.type === "imBack") {
      handlers.onImBack(String(data.msteams.value ?? ""));
      return;
    }

    const values = {};
    for (const input of inputs) {
      values[input.id] = input.read();
    }
    // The button's data wins over input values with the same name, as in Adaptive Cards.
    const merged = data && typeof data === "object" ? { ...values, ...data } : values;
    for (const control of allControls()) {
      control.disabled = true;
    }
    handlers.onSubmit(merged, button.textContent, () => {
      for (const control of allControls()) {
        control.disabled = false;
      }
    });
  });
  return button;
}

/**
 * Renders an Adaptive Card. handlers.onSubmit(value, title, reenable) is called for Action.Submit
 * with the data merged with the inputs' values; handlers.onImBack(text) for imBack buttons.
 */
export function renderAdaptiveCard(card, handlers) {
  const root = document.createElement("div");
  root.className = "card";
  const inputs = [];
  const buttons = [];
  const allControls = () => [...inputs.flatMap((i) => i.controls), ...buttons];

  for (const element of card.body ?? []) {
    switch (element.type) {
      case "TextBlock":
        root.append(textBlock(element));
        break;
      case "FactSet":
        root.append(factSet(element));
        break;
      case "Input.Text":
        root.append(textInput(element, inputs));
        break;
      case "Input.ChoiceSet":
        root.append(choiceSet(element, inputs));
        break;
      default:
        break;
    }
  }

  const actions = (card.actions ?? []).filter((a) => a.type === "Action.Submit" || a.type === "Action.OpenUrl");
  if (actions.length > 0) {
    const row = document.createElement("div");
    row.className = "card__actions";
    for (const action of actions) {
      const button = actionButton(action, inputs, handlers, allControls);
      buttons.push(button);
      row.append(button);
    }
    root.append(row);
  }

  return root;
}
