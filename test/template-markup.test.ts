import { describe, expect, it } from 'vitest';
import { isTemplateMarkup } from '../src/parse/template-markup.js';

describe('site-generator syntax that renders away', () => {
  it('knows shortcodes, Liquid tags, component lines and comments', () => {
    for (const t of ['{{ highlight html }}', '{{< youtube abc >}}', '{{% notice %}}', '{% include footer.html %}', '::ContentImage', ':Badge{type="info"}', '<!-- comment -->', '{{ /highlight }} {{< br >}}']) expect(isTemplateMarkup(t), t).toBe(true);
  });
  it('leaves text alone, even text with a shortcode inside', () => {
    for (const t of ['Rekisterinpitäjä: Esimerkki Oy', 'Lue {{< link "x" >}} lisää.', 'Huom: tämä on tekstiä', '', 'Contact: info@example.com']) expect(isTemplateMarkup(t), t).toBe(false);
  });
});
