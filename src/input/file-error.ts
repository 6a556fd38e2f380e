/**
 * Why a file could not be read: an id among the catalogues' `fileErrors` (messages/<locale>.yaml)
 * and its placeholders' values. `message` is the English text, what the report's `fatal.message`
 * has whatever the locale; with --locale fi or sv the report adds the text in that language.
 */
import type { MessageData, MessageRef } from '../i18n/format.js';
import { fileErrorText } from '../i18n/localize.js';

export interface ReadFailure {
  ok: false;
  /** In English. */
  message: string;
  /** The message's id and data, to write it in another language. */
  error: MessageRef;
}

export function readFailure(messageId: string, data?: MessageData): ReadFailure {
  const error: MessageRef = data ? { messageId, data } : { messageId };
  return { ok: false, message: fileErrorText('en', error), error };
}
