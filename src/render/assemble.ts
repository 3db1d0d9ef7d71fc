/**
 * Fills templates/paper.html. Slots are `{{name}}`; every slot in the
 * template must be filled and every part must have a slot, so a renamed slot
 * fails loudly instead of silently dropping the abstract.
 */
import { SafetyGapError } from "../errors.js";
import * as msg from "../messages/render.js";

export function fillTemplate(template: string, parts: Record<string, string>, file: string): string {
  for (const name of Object.keys(parts)) if (!template.includes(`{{${name}}}`)) throw new SafetyGapError(msg.missingTemplateSlot(name), { file });
  return template.replace(/\{\{(\w+)\}\}/g, (m, name: string) => {
    const v = parts[name];
    if (v === undefined) throw new SafetyGapError(msg.emptyTemplateSlot(name), { file });
    return v;
  });
}
