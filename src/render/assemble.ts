/**
 * Fills templates/paper.html. Slots are `{{name}}`; every slot in the
 * template must be filled and every part must have a slot, so a renamed slot
 * fails loudly instead of silently dropping the abstract.
 */
import { SafetyGapError } from "../errors.js";
import { errorAt } from "./markdown/errors.js";
import { closest } from "../text/closest.js";
import * as msg from "../messages/render.js";

export function fillTemplate(template: string, parts: Record<string, string>, file: string): string {
  const slots = Object.keys(parts);
  for (const name of slots) if (!template.includes(`{{${name}}}`)) throw new SafetyGapError(msg.missingTemplateSlot(name), { file }, msg.missingTemplateSlotHint(name));
  return template.replace(/\{\{(\w+)\}\}/g, (m, name: string, offset: number) => {
    const v = parts[name];
    if (v === undefined) {
      throw errorAt(msg.emptyTemplateSlot(name, closest(name, slots)), file, template, offset, m.length, msg.emptyTemplateSlotHint(slots));
    }
    return v;
  });
}
