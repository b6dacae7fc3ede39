import type { TemplateResult } from 'lit';
import type { AddNumberMode } from '@hub/core';
import type { MessageKey } from '../base/messages.js';
import { HubAddNumber } from '../add-number/add-number.js';
import { checklistContent } from './checklist.js';
import { importNumberMessages } from './messages.js';

/**
 * "Import from another BSP" as in the Client Hub, as a guided flow: what must be true before a
 * number moves here from another provider (it is registered for the WhatsApp Business API there,
 * two-step verification is off, which templates are copied, what stays with the number), a
 * checklist the user confirms, a link to 360dialog's migration guide, then "Continue with
 * Facebook": the same hosted signup as `<hub-add-number>`, as the guide prescribes. On return the
 * client's numbers are read again and a confirmation says the import started.
 *
 * It shares `<hub-add-number>`'s attributes, gating, events and parts.
 *
 * @tagname hub-import-number
 * @summary Imports a phone number from another BSP through the Hub's hosted signup.
 *
 * @fires hub-number-onboarded - The signup finished; `detail: { clientId, mode: 'import', channels, revoked }`.
 *
 * @csspart start-button - The "Import from another BSP" button.
 * @csspart reason - Why the button is disabled.
 * @csspart panel - The open step (checklist, or waiting for the signup window).
 * @csspart checklist - The preconditions to confirm.
 * @csspart checklist-item - One precondition (`data-item` names it).
 * @csspart help-link - The link to 360dialog's migration guide.
 * @csspart actions - The step's Back / Continue buttons.
 * @csspart continue-button - "Continue with Facebook", enabled once every point is confirmed.
 * @csspart confirmations - The messages saying how the signup ended.
 * @csspart confirmation - One such message (`data-tone` is `success`, `neutral` or `danger`).
 * @csspart confirmation-dismiss - The button that dismisses a message.
 *
 * @cssprop [--hub-add-number-max-width=40rem] - The widest the open step grows.
 */
export class HubImportNumber extends HubAddNumber {
  static override messages = { ...HubAddNumber.messages, ...importNumberMessages };

  protected override readonly mode: AddNumberMode = 'import';

  protected override get startLabel(): MessageKey {
    return 'importNumber.import';
  }

  protected override get flowTitle(): MessageKey {
    return 'importNumber.title';
  }

  protected override get doneMessage(): MessageKey {
    return 'importNumber.done';
  }

  protected override renderContent(): TemplateResult {
    return checklistContent(this.ticked, this.t.bind(this), (item, checked) => {
      const next = new Set(this.ticked);
      if (checked) next.add(item);
      else next.delete(item);
      this.ticked = next;
    });
  }

  protected override continueHint(): { hint?: string } {
    return { hint: this.t('importNumber.tickAll') };
  }
}
