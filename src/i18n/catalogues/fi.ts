// Generated from messages/fi.yaml by `npm run messages:build`: edit the YAML, not this file.
import type { Catalogue } from '../catalogue.js';

export const fi: Catalogue = {
  "locale": "fi",
  "rules": {},
  "items": {},
  "report": {}
};
