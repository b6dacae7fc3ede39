/**
 * Every number the template rules depend on, in one place, so that a limit Meta changes is
 * corrected once. Values come from `shared/reference/whatsapp-templates.md`; the section of that
 * reference is given next to each group.
 *
 * @example
 * ```ts
 * import { TEMPLATE_LIMITS } from '@hub/core';
 * counter.max = TEMPLATE_LIMITS.bodyText; // 1024
 * ```
 */
export const TEMPLATE_LIMITS = {
  /** §2: template name length. */
  nameMin: 1,
  nameMax: 512,
  /** §6.1: text header length and number of variables. */
  headerText: 60,
  headerVariables: 1,
  /** §6.2: body length. */
  bodyText: 1024,
  /** §9: body length when the template has a limited-time offer (example values included). */
  limitedTimeOfferBodyText: 600,
  /** §9: the offer text of a limited-time offer. */
  limitedTimeOfferText: 16,
  /** §6.3: footer length. */
  footerText: 60,
  /** §6.4: buttons in total and per type. */
  buttonsTotal: 10,
  quickReplyButtons: 10,
  urlButtons: 2,
  phoneNumberButtons: 1,
  copyCodeButtons: 1,
  buttonLabel: 25,
  buttonUrl: 2000,
  urlVariables: 1,
  phoneNumber: 20,
  /** §6.4 and §14: copy-code example, and the stricter limit inside a limited-time offer. */
  copyCodeExample: 20,
  limitedTimeOfferCopyCodeExample: 15,
  /** §7: authentication templates. */
  codeExpirationMinutesMin: 1,
  codeExpirationMinutesMax: 90,
  otpButtonLabel: 25,
  autofillText: 25,
  supportedApps: 5,
  packageName: 224,
  signatureHash: 11,
  /** §8: carousel cards. */
  carouselCardsMin: 2,
  carouselCardsMax: 10,
  carouselCardBodyText: 160,
  carouselCardButtons: 2,
  /** §11.9: `message_send_ttl_seconds` ranges; -1 means the 30-day default where allowed. */
  ttlAuthenticationMin: 30,
  ttlAuthenticationMax: 900,
  ttlUtilityMin: 30,
  ttlUtilityMax: 43_200,
  ttlMarketingMin: 43_200,
  ttlMarketingMax: 2_592_000,
  /** §5.3 rule 4 [O]: non-variable words should be at least this factor × variables + 1. */
  wordsPerVariable: 2,
  /** §6.4 [D]: more than this many buttons are folded behind "See all options". */
  buttonsShownInline: 3,
  /** §6.4 [D]: how many buttons stay visible next to "See all options". */
  buttonsShownWhenFolded: 2,
} as const;

/** The shape of {@link TEMPLATE_LIMITS}. */
export type TemplateLimits = typeof TEMPLATE_LIMITS;
