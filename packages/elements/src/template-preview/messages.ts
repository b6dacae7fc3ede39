import type { Message } from '../base/messages.js';

/** English strings of `<hub-template-preview>`. */
export const templatePreviewMessages = {
  'templatePreview.label': 'Preview of the message as WhatsApp shows it',
  'templatePreview.empty': 'Nothing to preview yet',
  'templatePreview.emptyHint': 'The message appears here as you write it.',
  'templatePreview.image': 'Image',
  'templatePreview.video': 'Video',
  'templatePreview.document': 'Document',
  'templatePreview.gif': 'GIF',
  'templatePreview.location': 'Location',
  'templatePreview.offerExpires': 'Offer ends soon',
  'templatePreview.phoneOnly': 'WhatsApp shows this message on phones only.',
  'templatePreview.buttons': 'Buttons',
  'templatePreview.cards': 'Carousel cards',
  'templatePreview.card': 'Card {n} of {count}',
  'templatePreview.verificationCode': '*{code}* is your verification code.',
  'templatePreview.securityRecommendation': 'For your security, do not share this code.',
  'templatePreview.codeExpiry': {
    one: 'This code expires in {count} minute.',
    other: 'This code expires in {count} minutes.',
  },
  'templatePreview.copyCode': 'Copy code',
  'templatePreview.autofill': 'Autofill',
  'templatePreview.copyOfferCode': 'Copy offer code',
  'templatePreview.seeAllOptions': 'See all options',
} as const;

declare module '../base/messages.js' {
  // Adds this catalog's keys to the typed message keys (see HubMessageCatalog).
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface HubMessageCatalog extends Record<keyof typeof templatePreviewMessages, Message> {}
}
