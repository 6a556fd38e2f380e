/**
 * A message catalogue: one language's words for what noticelint says. English messages are the
 * rules' own (`meta.messages`, `meta.description`); the catalogues (`messages/<locale>.yaml`,
 * compiled into `catalogues/<locale>.ts`) translate them by rule id and message id, with the
 * same `{name}` placeholders, and name the GDPR items and the report's words.
 */
export interface Catalogue {
  locale: string;
  /** Rule id to its title (`description`) and its messages by message id. */
  rules: Record<string, { description?: string; messages?: Record<string, string> }>;
  /** Item id (`controller-identity`) to the item's name. */
  items: Record<string, string>;
  /** The report's own words, by key. */
  report: Record<string, string>;
  /** Words that messages of several rules use as values: a country's name (`country-russia`), a legal note. */
  terms: Record<string, string>;
  /** Why a file could not be read (`binary`, `pdf-no-text`, `url-status`), by id: the English ones are the messages. */
  fileErrors: Record<string, string>;
}
