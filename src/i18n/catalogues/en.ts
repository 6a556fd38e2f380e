// Generated from messages/en.yaml by `npm run messages:build`: edit the YAML, not this file.
import type { Catalogue } from '../catalogue.js';

export const en: Catalogue = {
  "locale": "en",
  "rules": {},
  "items": {
    "controller-identity": "Identity and contact details of the controller",
    "dpo-contact": "Contact details of the data protection officer",
    "purposes": "Purposes of the processing",
    "legal-basis": "Legal basis for the processing",
    "legitimate-interests": "Legitimate interests pursued",
    "recipients": "Recipients or categories of recipients",
    "international-transfers": "Transfers to third countries",
    "retention-period": "Retention period",
    "right-of-access": "Right of access",
    "right-to-rectification": "Right to rectification",
    "right-to-erasure": "Right to erasure",
    "right-to-restriction": "Right to restriction of processing",
    "right-to-object": "Right to object",
    "right-to-portability": "Right to data portability",
    "consent-withdrawal": "Right to withdraw consent",
    "complaint-right": "Right to lodge a complaint with a supervisory authority",
    "statutory-requirement": "Whether providing the data is a statutory or contractual requirement",
    "automated-decision-making": "Automated decision-making, including profiling",
    "data-categories": "Categories of personal data",
    "data-sources": "Source of the personal data"
  },
  "report": {
    "problem-one": "{count} problem",
    "problem-other": "{count} problems",
    "error-one": "{count} error",
    "error-other": "{count} errors",
    "warning-one": "{count} warning",
    "warning-other": "{count} warnings",
    "info-one": "{count} info",
    "info-other": "{count} info",
    "file-one": "{count} file",
    "file-other": "{count} files",
    "summary": "{problems} ({errors}, {warnings}, {infos}) in {files}",
    "summary-not-linted": "{problems} ({errors}, {warnings}, {infos}) in {files}, {fatal} not linted",
    "no-problems": "No problems in {files}"
  }
};
