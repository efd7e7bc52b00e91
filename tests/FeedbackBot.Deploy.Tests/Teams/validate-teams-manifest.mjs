// Validates a Teams app manifest, and each language file it names, against Microsoft's published
// JSON schemas for the manifest's version, as shipped in the pinned npm package
// @microsoft/app-manifest (never fetched from the network).
//   node validate-teams-manifest.mjs <folder holding manifest.json>
// Prints one JSON line {"schemas": ..., "files": {name: [errors]}}; exits 1 when any file has errors.
//
// manifest.json goes through the package's own AppManifestUtils.validateAgainstSchema (ajv with
// the draft-04 vocabulary and the uri, email and regex formats). Language files go through ajv
// set up the same way but with unicodeRegExp off: the published localization schema has a pattern
// (activities.activityTypes[...]) that is not a valid regular expression under the u flag, so the
// package's own helper cannot compile that schema at all.
import { readFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const { AppManifestUtils } = require('@microsoft/app-manifest');
const Ajv = require('ajv-draft-04');
const addFormats = require('ajv-formats');
const schemas = join(dirname(require.resolve('@microsoft/app-manifest/package.json')), 'build', 'json-schemas', 'teams');

const folder = process.argv[2];
const read = (file) => JSON.parse(readFileSync(join(folder, file), 'utf8'));
const manifest = read('manifest.json');
const versionFolder = join(schemas, `v${manifest.manifestVersion}`);
if (!existsSync(versionFolder)) {
  console.log(JSON.stringify({ schemas: versionFolder, files: { 'manifest.json': [`no schema for manifestVersion ${manifest.manifestVersion} in @microsoft/app-manifest`] } }));
  process.exit(1);
}
const schema = (name) => JSON.parse(readFileSync(join(versionFolder, name), 'utf8'));

function validateLanguageFile(content) {
  const ajv = new Ajv({ allErrors: true, strictTypes: false, unicodeRegExp: false });
  addFormats(ajv, ['uri', 'email', 'regex']);
  const validate = ajv.compile(schema('MicrosoftTeams.Localization.schema.json'));
  return validate(content) ? [] : validate.errors.map((e) => `${e.instancePath} ${e.message}. Details: ${JSON.stringify(e.params)}`);
}

const files = {
  'manifest.json': await AppManifestUtils.validateAgainstSchema(manifest, schema('MicrosoftTeams.schema.json')),
};
for (const language of manifest.localizationInfo?.additionalLanguages ?? []) {
  files[language.file] = validateLanguageFile(read(language.file));
}

console.log(JSON.stringify({ schemas: versionFolder, files }));
process.exit(Object.values(files).some((errors) => errors.length > 0) ? 1 : 0);
