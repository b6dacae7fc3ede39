/**
 * Types the `<hub-*>` tags in React 19 JSX, for apps that use the elements themselves rather than
 * the components of `@hub/react`:
 *
 * ```tsx
 * import type {} from '@hub/react/jsx';
 * import '@hub/elements/define/hub-provider.js';
 * import '@hub/elements/define/hub-number-list.js';
 *
 * <hub-provider base-url="/hub-api" partner-id="yourPA" client-id="someCL" session-url="/session">
 *   <hub-number-list onhub-number-manage={(e) => navigate(`/numbers/${e.detail.numberId}`)} />
 * </hub-provider>;
 * ```
 *
 * Attributes are spelled as in HTML (`client-id`, `no-button`). React 19 adds a listener for
 * every `on<event>` prop of a custom element, so `onhub-number-manage` listens to
 * `hub-number-manage`, its `event.detail` typed. Properties that take objects or functions
 * (`client`, `template`, `sessionToken`) have no attribute: set them through a `ref`, or use the
 * components of `@hub/react`, which set every prop as a property.
 *
 * This module has no runtime code; it does not register any tag.
 *
 * @packageDocumentation
 */
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type {
  ActivityChartVariant,
  HubActivityChart,
  HubAddNumber,
  HubAppearance,
  HubBilling,
  HubEvent,
  HubFunds,
  HubHelpLinks,
  HubImportNumber,
  HubNumberDetails,
  HubNumberList,
  HubPartnerChange,
  HubPartnerChangeRequests,
  HubPartnerPermissions,
  HubProvider,
  HubSettings,
  HubTemplateEditor,
  HubTemplateList,
  HubTemplatePreview,
  NumberManageMode,
} from '@hub/elements';

/**
 * The JSX props of a `<hub-*>` tag: React's own (`ref`, `key`, `children`, `id`, `slot`, `style`,
 * `className`, …), `class` as in HTML, the tag's attributes `A` and an `on<event>` listener for each
 * of its events `K`.
 */
export type HubTagProps<E extends HTMLElement, A, K extends keyof HubEventMap = never> = Omit<
  DetailedHTMLProps<HTMLAttributes<E>, E>,
  keyof A
> &
  A & {
    /** Space-separated classes, as in HTML (React 19 also maps `className` to it). */
    class?: string;
  } & { [P in K as `on${P}`]?: (event: HubEvent<P>) => void };

/** A numeric attribute: React writes the number as its decimal text. */
type NumberAttribute = number | `${number}`;

/** The attributes of `<hub-provider>`. */
export interface HubProviderAttributes {
  /** Where the Hub API (or your `@hub/server` proxy) is served, e.g. `/hub-api`. */
  'base-url'?: string;
  /** Your partner ID. */
  'partner-id'?: string;
  /** The client whose hub the elements show. */
  'client-id'?: string;
  /** Your backend endpoint that answers `{ "token": "…" }` for this user (same-origin `POST`). */
  'session-url'?: string;
  /** How the partner account is paid for: `direct` or `partner`. */
  'payment-type'?: 'direct' | 'partner';
  /** The language of the elements inside, e.g. `de` or `pt-BR`. */
  locale?: string;
  /** Light, dark, or the user's system setting. */
  appearance?: HubAppearance;
}

/** The attributes of `<hub-activity-chart>`. */
export interface HubActivityChartAttributes {
  /** `summary` (the week at a glance) or `metric` (one metric per day). */
  variant?: ActivityChartVariant;
  /** The metric a `metric` chart shows. */
  metric?: HubActivityChart['metric'];
  /** The period: a preset, or `custom` with `from` and `to`. */
  range?: HubActivityChart['range'];
  /** First day of a custom period, `YYYY-MM-DD`. */
  from?: string;
  /** Last day of a custom period, `YYYY-MM-DD`. */
  to?: string;
  /** How many days back the usage history reaches. */
  'history-days'?: NumberAttribute;
}

/** The attributes of `<hub-add-number>` and `<hub-import-number>`. */
export interface HubOnboardingAttributes {
  /** Your page the Hub's signup returns to. */
  'redirect-url'?: string;
  /** The only origin a result is accepted from; the origin of `redirect-url` by default. */
  'redirect-origin'?: string;
  /** Where the Hub's hosted pages are: the Hub by default, the emulator's origin in development. */
  'hub-origin'?: string;
  /** Leaves out the start button, for a flow opened by the portal itself. */
  'no-button'?: boolean;
}

/** The attributes of `<hub-billing>`. */
export interface HubBillingAttributes {
  /** The billing portal's address. */
  'portal-url'?: string;
  /** How many months of charges to show, the current one included. */
  months?: NumberAttribute;
}

/** The attributes of `<hub-funds>`. */
export interface HubFundsAttributes {
  /** The payment page "Add funds" opens (`https:` or a path on this origin). */
  'add-funds-url'?: string;
  /** The Hub's Funds page (auto-renewal settings) "Change auto-renewal" opens. */
  'manage-url'?: string;
}

/** The attributes of `<hub-help-links>`. */
export interface HubHelpLinksAttributes {
  /** The Documentation link. */
  'docs-url'?: string;
  /** The Roadmap link. */
  'roadmap-url'?: string;
  /** The Status link. */
  'status-url'?: string;
  /** The Support link. */
  'support-url'?: string;
  /** A row or a column of links. */
  layout?: HubHelpLinks['layout'];
}

/** The attributes of `<hub-number-details>`. */
export interface HubNumberDetailsAttributes {
  /** The number (channel) to show. */
  'number-id'?: string;
  /** Where "Contact support" leads. */
  'support-url'?: string;
}

/** The attributes of `<hub-number-list>`. */
export interface HubNumberListAttributes {
  /** `event` (emit `hub-number-manage`) or `inline` (open the details in place). */
  manage?: NumberManageMode;
  /** The Activate Inbox page. */
  'inbox-url'?: string;
  /** Your page the Hub's signup returns to, for the add and import flows. */
  'redirect-url'?: string;
  /** Where the Hub's hosted pages are: the Hub by default, the emulator's origin in development. */
  'hub-origin'?: string;
  /** The search text. */
  search?: string;
}

/** The attributes of `<hub-partner-change>`. */
export interface HubPartnerChangeAttributes {
  /** The current partner's name. */
  'partner-name'?: string;
  /** Where a partner change is requested. */
  'request-url'?: string;
}

/** The attributes of `<hub-partner-change-requests>`. */
export interface HubPartnerChangeRequestsAttributes {
  /** The Partner Hub, where requests are reviewed. */
  'partner-hub-url'?: string;
}

/** The attributes of `<hub-partner-permissions>`. */
export interface HubPartnerPermissionsAttributes {
  /** Your page the Hub's permission flow returns to. */
  'redirect-url'?: string;
  /** The only origin a result is accepted from; the origin of `redirect-url` by default. */
  'redirect-origin'?: string;
  /** Where the Hub's hosted pages are: the Hub by default, the emulator's origin in development. */
  'hub-origin'?: string;
}

/** The attributes of `<hub-settings>`. */
export interface HubSettingsAttributes {
  /** Where the Hub's hosted pages are: the Hub by default, the emulator's origin in development. */
  'hub-origin'?: string;
  /** Your page the Hub's flows return to. */
  'redirect-url'?: string;
  /** The current partner's name. */
  'partner-name'?: string;
}

/** The attributes of `<hub-template-editor>`. */
export interface HubTemplateEditorAttributes {
  /** `create`, `edit`, `copy` or `add-language`. */
  mode?: HubTemplateEditor['mode'];
  /** The WhatsApp Business Account the template belongs to. */
  'waba-account-id'?: string;
  /** The template to edit, copy or translate. */
  'template-name'?: string;
  /** The language to edit, or to add. */
  language?: string;
  /** Shows the template without letting it change. */
  readonly?: boolean;
  /** How often (ms) a pending review is checked. */
  'review-poll-ms'?: NumberAttribute;
}

/** The attributes of `<hub-template-list>`. */
export interface HubTemplateListAttributes {
  /** The WhatsApp Business Account whose templates to list. */
  'waba-account-id'?: string;
}

/** The attributes of `<hub-template-preview>`. */
export interface HubTemplatePreviewAttributes {
  /** The template's language code (e.g. `ar`), which sets the text direction. */
  language?: string;
}

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace -- React types JSX tags in this namespace.
  namespace JSX {
    interface IntrinsicElements {
      'hub-provider': HubTagProps<HubProvider, HubProviderAttributes, 'hub-session-error'>;
      'hub-activity-chart': HubTagProps<
        HubActivityChart,
        HubActivityChartAttributes,
        'hub-activity-open' | 'hub-activity-range-change' | 'hub-csv-downloaded'
      >;
      'hub-add-number': HubTagProps<HubAddNumber, HubOnboardingAttributes, 'hub-number-onboarded'>;
      'hub-billing': HubTagProps<
        HubBilling,
        HubBillingAttributes,
        'hub-billing-portal-open' | 'hub-csv-downloaded'
      >;
      'hub-funds': HubTagProps<HubFunds, HubFundsAttributes, 'hub-funds-add' | 'hub-funds-manage'>;
      'hub-help-links': HubTagProps<HubHelpLinks, HubHelpLinksAttributes>;
      'hub-import-number': HubTagProps<
        HubImportNumber,
        HubOnboardingAttributes,
        'hub-number-onboarded'
      >;
      'hub-number-details': HubTagProps<
        HubNumberDetails,
        HubNumberDetailsAttributes,
        'hub-display-name-requested' | 'hub-profile-saved' | 'hub-commerce-saved'
      >;
      'hub-number-list': HubTagProps<
        HubNumberList,
        HubNumberListAttributes,
        | 'hub-number-manage'
        | 'hub-signals-manage'
        | 'hub-inbox-activate'
        | 'hub-number-add'
        | 'hub-number-import'
        | 'hub-number-cancelled'
        | 'hub-number-cancellation-revoked'
      >;
      'hub-partner-change': HubTagProps<
        HubPartnerChange,
        HubPartnerChangeAttributes,
        'hub-partner-change-request'
      >;
      'hub-partner-change-requests': HubTagProps<
        HubPartnerChangeRequests,
        HubPartnerChangeRequestsAttributes,
        'hub-partner-change-review' | 'hub-partner-change-auto-approve-changed'
      >;
      'hub-partner-permissions': HubTagProps<
        HubPartnerPermissions,
        HubPartnerPermissionsAttributes,
        'hub-permissions-change'
      >;
      'hub-settings': HubTagProps<HubSettings, HubSettingsAttributes>;
      'hub-template-editor': HubTagProps<
        HubTemplateEditor,
        HubTemplateEditorAttributes,
        'hub-template-submitted' | 'hub-template-cancel'
      >;
      'hub-template-list': HubTagProps<
        HubTemplateList,
        HubTemplateListAttributes,
        'hub-template-select' | 'hub-template-create' | 'hub-template-deleted'
      >;
      'hub-template-preview': HubTagProps<HubTemplatePreview, HubTemplatePreviewAttributes>;
    }
  }
}
