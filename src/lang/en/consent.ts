import type { ConsentPhrases } from '../topics.js';

export const consent: ConsentPhrases = {
  lang: 'en',
  useTriggers: ['by using', 'by continuing', 'by visiting', 'by browsing', 'by accessing', 'by navigating', 'by staying', 'if you continue', 'continued use', 'continuing to use', 'continuing to browse', 'your use of', 'by submitting', 'by registering', 'by signing up', 'by entering', 'by downloading', 'by installing', 'by creating an account'],
  acceptance: ['regarded as acceptance', 'regarded as your acceptance', 'considered acceptance', 'considered as acceptance', 'deemed acceptance', 'deemed as acceptance', 'treated as acceptance', 'expressing your agreement', 'express your agreement', 'you signify', 'signifies your', 'indicates your agreement', 'indicates your acceptance', 'means you accept', 'means that you accept', 'means you agree', 'means that you agree', 
    'you accept', 'you agree', 'you consent', 'you are agreeing', 'you are consenting', 'you are accepting', 'you give consent',
    'you give your consent', 'you are deemed to', 'you will be deemed', 'constitutes acceptance', 'constitutes your acceptance',
    'constitutes consent', 'constitutes your consent', 'you have agreed', 'you have accepted', 'you have consented',
  ],
  termsOfUse: ['terms of use', 'terms and conditions', 'terms of service', 'conditions of use'],
  dataWords: ['personal data', 'data', 'information', 'process*', 'cookie*', 'privacy', 'notice', 'policy', 'tracking'],
  cookies: ['cookie*'],
  browser: ['browser*'],
  refusal: ['set your browser', 'set your web browser', 'configure*', 'do not wish to receive', 'not want to receive', 'block*', 'disable*', 'delete*', 'refuse*', 'reject*', 'decline*', 'remove*', 'turn off', 'switch off', 'manage*', 'control*', 'change*', 'adjust*', 'opt out', 'prevent*', 'settings'],
  consentTool: ['cookie settings', 'cookie preferences', 'cookie banner', 'cookie consent', 'consent banner', 'consent tool', 'consent manager', 'consent management', 'manage cookies', 'manage consent', 'privacy settings', 'cookie choices'],
  consentAsked: ['with your consent', 'ask for your consent', 'ask your consent', 'if you consent', 'if you accept', 'once you consent', 'accept or reject', 'accept or decline', 'only if you accept', 'based on your consent', 'after you consent', 'when you accept'],
  necessaryOnly: ['only technically necessary', 'only uses technically necessary', 'only use technically necessary', 'only uses strictly necessary', 'only uses necessary', 'only uses essential', 'only strictly necessary', 'only necessary', 'only essential', 'only use essential', 'only use strictly necessary', 'only use necessary', 'strictly necessary cookies only', 'essential cookies only', 'necessary cookies only'],
  nonEssential: ['pixel*', 'ads', 'adwords*', 'doubleclick*', 'tag manager*', 'insight tag', 'analytic*', 'statistic*', 'marketing', 'advertis*', 'tracking', 'targeting', 'third-party', 'third party', 'remarketing', 'retargeting'],
};
