// Generated from lexicon/en/common.yaml by `npm run lexicon:build`: edit the YAML, not this file.
import type { CommonPhrases } from '../types.js';

export const common: CommonPhrases = {
  "lang": "en",
  "furniture": [
    "scroll to top",
    "back to top",
    "skip to content",
    "skip to main content",
    "toggle navigation",
    "open menu",
    "close menu",
    "select page",
    "go to top",
    "print this page",
    "print",
    "share",
    "share on facebook",
    "share on twitter",
    "share on linkedin",
    "share this page",
    "tweet"
  ],
  "bracketWords": [
    "at",
    "dot",
    "sic",
    "emphasis added",
    "redacted"
  ],
  "templateNotes": [
    "this template",
    "the template should",
    "adapt this",
    "customize this",
    "customise this",
    "replace this text",
    "insert here",
    "add here",
    "fill in here",
    "once this privacy policy is created",
    "once this policy is created",
    "last updated: current date",
    "last update: current date",
    "should be checked and supplemented",
    "supplemented accordingly",
    "be checked whether",
    "it should also be stated"
  ],
  "placeholderWords": [
    "email address",
    "e-mail address",
    "email",
    "e-mail",
    "address",
    "postal address",
    "phone number",
    "phone",
    "telephone",
    "company name",
    "company",
    "name",
    "date",
    "business id",
    "contact person",
    "controller",
    "website",
    "insert date",
    "insert name",
    "which"
  ],
  "businessIdLabels": [
    "business id",
    "business identity code",
    "company number",
    "company registration number",
    "registration number",
    "reg. no",
    "vat number",
    "vat no",
    "vat id"
  ],
  "sampleText": [
    "john doe",
    "jane doe",
    "dd.mm.yyyy",
    "dd/mm/yyyy",
    "mm/dd/yyyy",
    "yyyy-mm-dd",
    "lorem ipsum"
  ]
};
