// Validates Adaptive Cards with Microsoft's own parser (npm "adaptivecards", pinned in
// tests/package.json). Usage: node validate-adaptive-cards.cjs <file with a JSON array of cards>.
// Prints one JSON line {"cards":n,"errors":[...]} and exits 1 when any card has a parse or
// validation event: an unknown element or action type, a missing required property, a bad value,
// duplicate ids, or a card version above what the renderer supports.
"use strict";
const fs = require("node:fs");
// The package's ES build imports without file extensions, which Node cannot resolve; its UMD bundle works.
const AC = require("adaptivecards/dist/adaptivecards.js");

const supported = new AC.Version(1, 5);
const cards = JSON.parse(fs.readFileSync(process.argv[2], "utf8"));
const errors = [];

cards.forEach((json, index) => {
  const where = `card ${index}`;
  if (json.type !== "AdaptiveCard") errors.push(`${where}: type is ${json.type}`);
  const version = AC.Version.parse(json.version, new AC.SerializationContext());
  if (!version || !version.isValid || version.major > supported.major || (version.major === supported.major && version.minor > supported.minor)) {
    errors.push(`${where}: version ${json.version} is not one Teams renders (max 1.5)`);
  }

  const card = new AC.AdaptiveCard();
  const context = new AC.SerializationContext();
  card.parse(json, context);
  for (let i = 0; i < context.eventCount; i++) {
    const event = context.getEventAt(i);
    errors.push(`${where}: ${event.message}`);
  }

  for (const event of card.validateProperties().validationEvents) {
    errors.push(`${where}: ${event.message}`);
  }

  // The parser drops what it does not know; a round trip that loses an element means it did not understand it.
  const reparsed = card.toJSON();
  const count = (node) => (Array.isArray(node?.body) ? node.body.length : 0) + (Array.isArray(node?.actions) ? node.actions.length : 0);
  if (count(reparsed) !== count(json)) errors.push(`${where}: the parser kept ${count(reparsed)} of ${count(json)} elements and actions`);
});

process.stdout.write(JSON.stringify({ cards: cards.length, errors }) + "\n");
process.exit(errors.length === 0 ? 0 : 1);
