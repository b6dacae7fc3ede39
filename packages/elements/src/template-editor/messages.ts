import type { Message } from '../base/messages.js';

/** English strings of `<hub-template-editor>`. */
export const templateEditorMessages = {
  'templateEditor.title.create': 'New template',
  'templateEditor.title.edit': 'Edit template',
  'templateEditor.title.copy': 'Copy template',
  'templateEditor.title.add-language': 'Add a language',
  'templateEditor.title.view': 'Template',
  'templateEditor.loading': 'Loading template…',
  'templateEditor.notFound': 'This template could not be found. It may have been deleted.',
  'templateEditor.noWaba': 'Set the waba-account-id attribute to create templates for an account.',
  'templateEditor.readOnly':
    'You can look at this template but not change it: that needs the templates:write permission.',
  'templateEditor.error': 'Error',
  'templateEditor.warning': 'Warning',
  'templateEditor.name': 'Name',
  'templateEditor.nameHint': 'Lowercase letters, digits and underscores, e.g. order_update.',
  'templateEditor.category': 'Category',
  'templateEditor.categoryNote':
    'WhatsApp may change the category during review if the content fits another one better.',
  'templateEditor.categoryHelp.MARKETING':
    'Promotions, offers, announcements and anything that mixes them with other content; also the category for templates whose purpose is unclear.',
  'templateEditor.categoryHelp.UTILITY':
    'Non-promotional messages about something the user did or asked for (an order, an account, a booking), or essential alerts. Meta approves a utility template it judges promotional as marketing.',
  'templateEditor.categoryHelp.AUTHENTICATION':
    'One-time passcodes only, with the text WhatsApp provides and a copy-code, one-tap or zero-tap button.',
  'templateEditor.lock.category_after_approval':
    'The category of an approved template cannot change; create a new template for another category.',
  'templateEditor.lock.edit_sends_content_only':
    'An edit changes the content only; create a new template to change this.',
  'templateEditor.lock.shared_by_languages': 'Every language of a template shares this.',
  'templateEditor.language': 'Language',
  'templateEditor.languageHint': 'Type to search, e.g. “German” or “pt_BR”.',
  'templateEditor.parameterFormat': 'Variables',
  'templateEditor.parameterFormat.POSITIONAL': 'Numbered: {{1}}, {{2}}',
  'templateEditor.parameterFormat.NAMED': 'Named: {{first_name}}',
  'templateEditor.content': 'Content',
  'templateEditor.body': 'Body',
  'templateEditor.formatting': 'Formatting',
  'templateEditor.bold': 'Bold',
  'templateEditor.italic': 'Italic',
  'templateEditor.strike': 'Strikethrough',
  'templateEditor.mono': 'Monospace',
  'templateEditor.addVariable': 'Add variable',
  'templateEditor.characters': '{count} of {max} characters',
  'templateEditor.samples': 'Sample values',
  'templateEditor.samplesHint':
    'WhatsApp reviews the template with these values; use realistic ones, without personal data.',
  'templateEditor.variable': 'Variable',
  'templateEditor.sampleValue': 'Sample value',
  'templateEditor.in.header': 'in the header',
  'templateEditor.in.body': 'in the body',
  'templateEditor.header': 'Header',
  'templateEditor.headerType': 'Header type',
  'templateEditor.headerFormat.NONE': 'None',
  'templateEditor.headerFormat.TEXT': 'Text',
  'templateEditor.headerFormat.IMAGE': 'Image',
  'templateEditor.headerFormat.VIDEO': 'Video',
  'templateEditor.headerFormat.DOCUMENT': 'Document',
  'templateEditor.headerFormat.LOCATION': 'Location',
  'templateEditor.headerFormat.GIF': 'GIF',
  'templateEditor.headerText': 'Header text',
  'templateEditor.mediaHandle': 'Sample media handle',
  'templateEditor.mediaHandleHint':
    'The handle of a sample file uploaded with the Resumable Upload API.',
  'templateEditor.footer': 'Footer',
  'templateEditor.buttons': 'Buttons',
  'templateEditor.buttonsHint':
    'Up to 10 buttons. Quick replies stay together, before or after the other buttons; more than three are shown behind “See all options”.',
  'templateEditor.buttonTitle': 'Button {n}: {type}',
  'templateEditor.buttonType.QUICK_REPLY': 'Quick reply',
  'templateEditor.buttonType.URL': 'Visit website',
  'templateEditor.buttonType.PHONE_NUMBER': 'Call phone number',
  'templateEditor.buttonType.COPY_CODE': 'Copy offer code',
  'templateEditor.buttonType.OTP': 'One-time password',
  'templateEditor.buttonType.FLOW': 'Flow',
  'templateEditor.buttonType.MPM': 'Multi-product message',
  'templateEditor.buttonType.CATALOG': 'Catalog',
  'templateEditor.buttonType.SPM': 'Single-product message',
  'templateEditor.buttonType.VOICE_CALL': 'Voice call',
  'templateEditor.buttonField.text': 'Label',
  'templateEditor.buttonField.url': 'URL (may end in {{1}})',
  'templateEditor.buttonField.urlExample': 'Sample for {{1}} in the URL',
  'templateEditor.buttonField.phoneNumber': 'Phone number with country code',
  'templateEditor.buttonField.code': 'Sample offer code',
  'templateEditor.buttonKind': 'Button type',
  'templateEditor.addButton': 'Add button',
  'templateEditor.moveUp': 'Move {item} up',
  'templateEditor.moveDown': 'Move {item} down',
  'templateEditor.remove': 'Remove {item}',
  'templateEditor.removeShort': 'Remove',
  'templateEditor.authentication': 'Authentication',
  'templateEditor.authenticationHint':
    'WhatsApp writes the text of authentication templates itself; choose how the code reaches the user.',
  'templateEditor.otpType': 'Code delivery',
  'templateEditor.otp.COPY_CODE': 'Copy code button',
  'templateEditor.otp.ONE_TAP': 'One-tap autofill (Android)',
  'templateEditor.otp.ZERO_TAP': 'Zero-tap (Android)',
  'templateEditor.autofillText': 'Autofill button label',
  'templateEditor.packageName': 'Android package name',
  'templateEditor.signatureHash': 'App signing key hash',
  'templateEditor.zeroTapTerms': 'I accept WhatsApp’s zero-tap terms',
  'templateEditor.securityRecommendation': 'Add “For your security, do not share this code.”',
  'templateEditor.codeExpiry': 'Code expires after (minutes)',
  'templateEditor.codeExpiryHint': '1 to 90 minutes; leave empty for no expiry note.',
  'templateEditor.offer': 'Limited-time offer',
  'templateEditor.offerEnable': 'Show a limited-time offer',
  'templateEditor.offerText': 'Offer headline',
  'templateEditor.offerExpires': 'The offer has an expiry',
  'templateEditor.carousel': 'Carousel',
  'templateEditor.carouselEnable': 'Send as a carousel of cards',
  'templateEditor.cardTitle': 'Card {n}',
  'templateEditor.cardBody': 'Card text',
  'templateEditor.cardSample': 'Sample value for {variable}',
  'templateEditor.addCard': 'Add card',
  'templateEditor.preview': 'Preview',
  'templateEditor.wholeTemplate': 'The template as a whole',
  'templateEditor.summary': {
    one: '{count} problem to fix before submitting',
    other: '{count} problems to fix before submitting',
  },
  'templateEditor.warnings': {
    one: '{count} suggestion',
    other: '{count} suggestions',
  },
  'templateEditor.submit.create': 'Submit for review',
  'templateEditor.submit.copy': 'Submit copy for review',
  'templateEditor.submit.add-language': 'Submit language for review',
  'templateEditor.submit.edit': 'Save changes',
  'templateEditor.submitting': 'Submitting…',
  'templateEditor.submitFailed': 'The template was not submitted: {reason} Your changes are kept.',
  'templateEditor.conflict': 'A template with this name already exists in this language.',
  'templateEditor.submitted': 'Submitted “{name}” ({language}).',
  'templateEditor.saved': 'Saved “{name}” ({language}); WhatsApp reviews the changes again.',
  'templateEditor.another': 'Create another',
  'templateEditor.done': 'Done',
  'templateEditor.restoreTitle': 'Unsaved changes found',
  'templateEditor.restoreBody': 'You have changes from an earlier visit that were not submitted.',
  'templateEditor.restore': 'Restore them',
  'templateEditor.discard': 'Discard them',
  'templateEditor.restored': 'Your unsaved changes are back in the form.',
  'templateEditor.discarded': 'The unsaved changes from your earlier visit were discarded.',
  'templateEditor.cancel': 'Cancel',
  'templateEditor.leaveTitle': 'Discard your changes?',
  'templateEditor.leaveBody': 'The changes you made to this template have not been submitted.',
  'templateEditor.leave': 'Discard changes',
  'templateEditor.stay': 'Keep editing',
  'templateEditor.issue.request.not_object': 'The template must be a JSON object.',
  'templateEditor.issue.request.unreadable': 'The template could not be read.',
  'templateEditor.issue.field.required': '{field} is required.',
  'templateEditor.issue.field.wrong_type': '{field} is not in the form WhatsApp expects.',
  'templateEditor.issue.name.too_long':
    'The name can have at most {max} characters (it has {length}).',
  'templateEditor.issue.name.invalid_characters':
    'The name may contain only lowercase letters a–z, digits and underscores.',
  'templateEditor.issue.language.unsupported': '“{language}” is not a supported language code.',
  'templateEditor.issue.language.unsupported.suggestion':
    '“{language}” is not a supported language code; use “{suggestion}”.',
  'templateEditor.issue.language.case': 'Send the language code exactly as “{suggestion}”.',
  'templateEditor.issue.category.unsupported':
    '“{category}” is not a category; choose Marketing, Utility or Authentication.',
  'templateEditor.issue.parameter_format.unsupported':
    '“{format}” is not a variable format; use numbered or named variables.',
  'templateEditor.issue.ttl.out_of_range':
    'For {category} templates the time-to-live must be {range} seconds.',
  'templateEditor.issue.ttl.marketing_out_of_range':
    'Meta documents {range} seconds for marketing templates sent through the Marketing Messages API.',
  'templateEditor.issue.component.unknown_type': '“{type}” is not a template section.',
  'templateEditor.issue.component.duplicate': 'A template can have only one {type} section.',
  'templateEditor.issue.component.not_allowed': 'The {type} section is not available in {context}.',
  'templateEditor.issue.components.body_missing': 'A template needs a body.',
  'templateEditor.issue.components.order':
    'Put the sections in the order header, limited-time offer, body, footer, buttons.',
  'templateEditor.issue.carousel.top_level_component':
    'Meta does not document a {type} section next to a carousel; it may be rejected.',
  'templateEditor.issue.header.format_unsupported': '“{format}” is not a header type.',
  'templateEditor.issue.header.format_not_allowed':
    'This header type ({format}) is not available in {context}.',
  'templateEditor.issue.header.too_long':
    'The header can have at most {max} characters (it has {length}).',
  'templateEditor.issue.header.too_many_variables': {
    one: 'The header can have at most {count} variable.',
    other: 'The header can have at most {count} variables.',
  },
  'templateEditor.issue.header.formatting_characters':
    'Headers are shown without formatting; avoid *, _, ~ and ` in header text.',
  'templateEditor.issue.header.newline': 'Line breaks in a header are not supported by WhatsApp.',
  'templateEditor.issue.header.emoji': 'Emojis in a header may be rejected.',
  'templateEditor.issue.header.media_example_missing':
    'This header needs a sample file: enter its media handle.',
  'templateEditor.issue.body.too_long':
    'The {part} can have at most {max} characters (it has {length}).',
  'templateEditor.issue.body.too_long.examples':
    'The {part} can have at most {max} characters (it has {length} with the sample values).',
  'templateEditor.issue.text.too_long_with_examples':
    'With the sample values the {part} has {length} characters; messages over {max} will fail to send.',
  'templateEditor.issue.authentication.custom_text':
    'Authentication templates use the text WhatsApp provides; remove the custom text.',
  'templateEditor.issue.footer.too_long':
    'The footer can have at most {max} characters (it has {length}).',
  'templateEditor.issue.footer.variable': 'The footer cannot contain variables.',
  'templateEditor.issue.footer.code_expiration_range':
    'The code expiry must be a whole number of minutes from {min} to {max}.',
  'templateEditor.issue.variable.malformed':
    '“{token}” is not a well-formed variable; write variables as {{1}} or {{first_name}}.',
  'templateEditor.issue.variable.invalid_name':
    '“{token}” is not a valid variable; use a number, like {{1}}.',
  'templateEditor.issue.variable.invalid_name.named':
    '“{token}” is not a valid variable; use lowercase letters and underscores, like {{first_name}}.',
  'templateEditor.issue.variable.name_digits':
    'Meta documents variable names with letters and underscores only; “{token}” has digits.',
  'templateEditor.issue.variable.format_mismatch':
    'This template uses numbered variables; replace “{token}” with a number like {{1}}.',
  'templateEditor.issue.variable.format_mismatch.named':
    'This template uses named variables; replace “{token}” with a name like {{first_name}}.',
  'templateEditor.issue.variable.sequence':
    'Variables must be numbered without gaps; {{{missing}}} is missing.',
  'templateEditor.issue.variable.sequence.zero':
    'Variables are numbered from {{1}}; {{0}} is not allowed.',
  'templateEditor.issue.variable.leading_zero': 'Write “{token}” without the leading zero.',
  'templateEditor.issue.variable.out_of_order':
    '{{{number}}} appears before a lower-numbered variable.',
  'templateEditor.issue.variable.repeated': '“{token}” appears more than once.',
  'templateEditor.issue.variable.adjacent':
    'Two variables are next to each other; put text or punctuation between them.',
  'templateEditor.issue.variable.dangling.start': 'The text cannot start with a variable.',
  'templateEditor.issue.variable.dangling.end': 'The text cannot end with a variable.',
  'templateEditor.issue.variable.ends_with_punctuation':
    'The text ends with a variable followed only by punctuation, which is sometimes rejected.',
  'templateEditor.issue.variable.too_many_for_length':
    '{variables} variables need at least {needed} other words around them; there are {words}.',
  'templateEditor.issue.example.missing': 'Add sample values for the variables.',
  'templateEditor.issue.example.missing.one': 'Add a sample value for {{{name}}}.',
  'templateEditor.issue.example.count_mismatch':
    'There are {variables} variables but {examples} sample values.',
  'templateEditor.issue.example.unknown_name':
    'The sample “{name}” matches no variable in the text.',
  'templateEditor.issue.example.duplicate_name': 'The sample “{name}” is given more than once.',
  'templateEditor.issue.example.empty': 'Sample values cannot be empty.',
  'templateEditor.issue.example.unused':
    'This sample is not used because the text has no variable.',
  'templateEditor.issue.buttons.empty': 'Add at least one button or remove the buttons.',
  'templateEditor.issue.buttons.too_many': 'A template can have at most {max} buttons.',
  'templateEditor.issue.buttons.too_many.card': 'A card can have at most {max} buttons.',
  'templateEditor.issue.buttons.type_limit': {
    one: 'A template can have only one “{type}” button.',
    other: 'A template can have at most {count} “{type}” buttons.',
  },
  'templateEditor.issue.buttons.grouping':
    'Keep all quick-reply buttons together, before or after the other buttons.',
  'templateEditor.issue.buttons.single_of_kind': 'Only one “{type}” button is expected.',
  'templateEditor.issue.button.unknown_type': '“{type}” is not a button type.',
  'templateEditor.issue.button.type_not_allowed':
    'A “{type}” button is not available in {context}.',
  'templateEditor.issue.button.type_not_listed':
    'Meta does not list “{type}” buttons for {context}; the template may be rejected.',
  'templateEditor.issue.button.label_too_long':
    'The button text can have at most {max} characters (it has {length}).',
  'templateEditor.issue.button.label_ignored':
    'WhatsApp sets the label of this button itself; your text is ignored.',
  'templateEditor.issue.button.url_too_long':
    'The URL can have at most {max} characters (it has {length}).',
  'templateEditor.issue.button.url_variables': {
    one: 'A URL can have at most {count} variable.',
    other: 'A URL can have at most {count} variables.',
  },
  'templateEditor.issue.button.url_variable_position':
    'The variable must be at the end of the URL.',
  'templateEditor.issue.button.url_variable_name': 'Write the URL variable as {{1}}.',
  'templateEditor.issue.button.url_whatsapp':
    'Links to WhatsApp itself (wa.me) are reported to be rejected.',
  'templateEditor.issue.button.phone_too_long':
    'The phone number can have at most {max} characters (it has {length}).',
  'templateEditor.issue.button.copy_code_too_long':
    'The sample code can have at most {max} characters (it has {length}).',
  'templateEditor.issue.button.flow_target_missing':
    'A flow button needs a flow ID, a flow name or flow JSON.',
  'templateEditor.issue.otp.count':
    'Authentication templates need exactly one one-time password button.',
  'templateEditor.issue.otp.type_unsupported':
    '“{otpType}” is not a way to deliver the code; choose copy code, one-tap or zero-tap.',
  'templateEditor.issue.otp.autofill_too_long':
    'The autofill text can have at most {max} characters (it has {length}).',
  'templateEditor.issue.otp.supported_apps_missing':
    'One-tap and zero-tap buttons need the Android app: its package name and signing key hash.',
  'templateEditor.issue.otp.supported_apps_too_many': 'List at most {max} apps.',
  'templateEditor.issue.otp.package_name_invalid':
    'The package name must have at least two dot-separated parts, each starting with a letter, using only letters, digits and underscores, at most {max} characters.',
  'templateEditor.issue.otp.signature_hash_invalid':
    'The signing key hash must be exactly {length} characters of letters, digits, +, / or =.',
  'templateEditor.issue.otp.deprecated_app_fields':
    'The package name and signature hash on the button are deprecated; list the app under supported apps.',
  'templateEditor.issue.otp.zero_tap_terms':
    'Zero-tap buttons require accepting WhatsApp’s zero-tap terms.',
  'templateEditor.issue.carousel.card_count': 'A carousel needs from {min} to {max} cards.',
  'templateEditor.issue.carousel.card_header_missing': 'Every card needs an image or video header.',
  'templateEditor.issue.carousel.card_component': 'Cards cannot have a {type} section.',
  'templateEditor.issue.carousel.cards_differ':
    'All cards must have the same sections and the same kinds of buttons.',
  'templateEditor.issue.carousel.mixed_media': 'Mixing image and video cards may be rejected.',
  'templateEditor.issue.limited_time_offer.text_too_long':
    'The offer text can have at most {max} characters (it has {length}).',
  'templateEditor.issue.limited_time_offer.url_button_missing':
    'A limited-time offer needs a “Visit website” button.',
  'templateEditor.issueContext.AUTHENTICATION': 'authentication templates',
  'templateEditor.issueContext.MARKETING': 'marketing templates',
  'templateEditor.issueContext.UTILITY': 'utility templates',
  'templateEditor.issueContext.limited_time_offer': 'limited-time offer templates',
  'templateEditor.issueContext.carousel_card': 'carousel cards',
  'templateEditor.issuePart.header': 'header',
  'templateEditor.issuePart.body': 'body',
  'templateEditor.issuePart.card_body': 'card text',
  'templateEditor.issueSection.HEADER': 'header',
  'templateEditor.issueSection.BODY': 'body',
  'templateEditor.issueSection.FOOTER': 'footer',
  'templateEditor.issueSection.BUTTONS': 'buttons',
  'templateEditor.issueSection.CAROUSEL': 'carousel',
  'templateEditor.issueSection.LIMITED_TIME_OFFER': 'limited-time offer',
  'templateEditor.issueField.name': 'The template name',
  'templateEditor.issueField.language': 'The language',
  'templateEditor.issueField.category': 'The category',
  'templateEditor.issueField.parameter_format': 'The variable format',
  'templateEditor.issueField.message_send_ttl_seconds': 'The time-to-live',
  'templateEditor.issueField.components': 'The list of sections',
  'templateEditor.issueField.type': 'The type',
  'templateEditor.issueField.format': 'The header type',
  'templateEditor.issueField.text': 'The text',
  'templateEditor.issueField.example': 'The sample',
  'templateEditor.issueField.header_text': 'The header sample',
  'templateEditor.issueField.header_handle': 'The sample file',
  'templateEditor.issueField.body_text': 'The body samples',
  'templateEditor.issueField.buttons': 'The list of buttons',
  'templateEditor.issueField.url': 'The URL',
  'templateEditor.issueField.phone_number': 'The phone number',
  'templateEditor.issueField.otp_type': 'The code delivery',
  'templateEditor.issueField.autofill_text': 'The autofill text',
  'templateEditor.issueField.supported_apps': 'The list of apps',
  'templateEditor.issueField.package_name': 'The package name',
  'templateEditor.issueField.signature_hash': 'The signing key hash',
  'templateEditor.issueField.code_expiration_minutes': 'The code expiry',
  'templateEditor.issueField.cards': 'The list of cards',
  'templateEditor.issueField.limited_time_offer': 'The offer',
  'templateEditor.issueField.entry': 'An entry',
} as const;

declare module '../base/messages.js' {
  // Adds this catalog's keys to the typed message keys (see HubMessageCatalog).
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface HubMessageCatalog extends Record<keyof typeof templateEditorMessages, Message> {}
}
