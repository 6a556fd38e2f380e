/**
 * Site-generator syntax that renders away: a Hugo or Jekyll shortcode ("{{< youtube x >}}",
 * "{{ highlight html }}", "{% include x %}"), a Nuxt Content component line ("::ContentImage"),
 * an HTML comment. A line that is only that says nothing to the reader: it is no heading, and
 * no text under one.
 */
const ONLY_TEMPLATE = /^\s*(?:(?:\{\{[^{}\n]{0,300}\}\}|\{%[^\n]{0,300}?%\}|<!--[^\n]{0,300}?-->)\s*)+$|^\s*::?[A-Za-z][\w-]{0,60}(?:\{[^}\n]{0,300}\})?\s*$/u;

export function isTemplateMarkup(text: string): boolean {
  return text.length <= 2000 && ONLY_TEMPLATE.test(text);
}
