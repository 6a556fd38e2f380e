// Generated from messages/sv.yaml by `npm run messages:build`: edit the YAML, not this file.
import type { Catalogue } from '../catalogue.js';

export const sv: Catalogue = {
  "locale": "sv",
  "rules": {},
  "items": {},
  "report": {}
};
