export { validateTemplate } from './validate.js';
export { TEMPLATE_ISSUE_CODES } from './codes.js';
export type {
  IssueCodeInfo,
  IssueContext,
  IssueParams,
  IssuePart,
  TemplateIssueCode,
} from './codes.js';
export { TEMPLATE_LIMITS } from './limits.js';
export type { TemplateLimits } from './limits.js';
export { countCharacters } from './count.js';
export { parseWhatsAppText, serializeWhatsAppText, plainWhatsAppText } from './formatting.js';
export type { FormattedLine, Inline } from './formatting.js';
export {
  buildBodyExample,
  buildHeaderExample,
  checkVariableNumbering,
  extractVariables,
  removeVariable,
  renumberVariables,
  scanVariables,
  substituteVariables,
} from './variables.js';
export type {
  MalformedPlaceholder,
  NumberingCheck,
  Renumbered,
  SampleValues,
  TemplateVariable,
  VariableScan,
} from './variables.js';
export { PREVIEW_STRINGS, previewTemplate } from './preview.js';
export type {
  PreviewButton,
  PreviewCard,
  PreviewHeader,
  PreviewOptions,
  PreviewStrings,
  PreviewValues,
  TemplatePreview,
} from './preview.js';
export { draftToRequest, requestToDraft } from './draft.js';
export type {
  DraftBody,
  TemplateContent,
  DraftButton,
  DraftCard,
  DraftExtra,
  DraftFooter,
  DraftHeader,
  DraftSupportedApp,
  TemplateDraft,
} from './draft.js';
export {
  TEMPLATE_LANGUAGES,
  findTemplateLanguage,
  isRightToLeftLanguage,
  resolveTemplateLanguage,
  suggestTemplateLanguage,
} from './languages.js';
export type { TemplateLanguage } from './languages.js';
export { TEMPLATE_CATEGORIES, normalizeTemplateCategory } from './categories.js';
export type { TemplateCategoryInfo } from './categories.js';
export {
  TEMPLATE_STATUSES,
  getTemplateStatusInfo,
  templateReviewSettled,
  templateStatusAllows,
} from './statuses.js';
export type { TemplateAction, TemplateStatusInfo } from './statuses.js';
export type {
  BodyComponent,
  BodyExample,
  ButtonType,
  ButtonsComponent,
  CarouselCard,
  CarouselComponent,
  CaseInsensitive,
  ComponentType,
  FooterComponent,
  HeaderComponent,
  HeaderExample,
  HeaderFormat,
  LimitedTimeOfferComponent,
  MediaHeaderFormat,
  NamedParamExample,
  OtpType,
  ParameterFormat,
  SupportedApp,
  TemplateButton,
  TemplateCategory,
  TemplateComponent,
  TemplateCreateRequest,
  TemplateIssue,
  TemplateValidation,
} from './types.js';
export {
  filterTemplates,
  groupTemplatesByName,
  sortTemplateGroups,
  templateLanguagesIn,
  templateListActions,
} from './list.js';
export type {
  TemplateGroup,
  TemplateListAction,
  TemplateListFilter,
  TemplateListSort,
} from './list.js';
export {
  addDraftButton,
  buttonsGrouped,
  emptyTemplateDraft,
  moveItem,
  newDraftButton,
  withCategory,
} from './draft-edits.js';
export {
  draftForMode,
  draftToCreateInput,
  draftToUpdateInput,
  submitErrorIssues,
  templateEditRules,
  templateToDraft,
} from './editing.js';
export type {
  TemplateEditContext,
  TemplateEditRules,
  TemplateEditorMode,
  TemplateFormMode,
  TemplateLock,
  TemplateLockReason,
} from './editing.js';
export { fieldErrorsToIssues, issuesByField, templateIssueField } from './issue-fields.js';
export type { TemplateField } from './issue-fields.js';
export { readStoredDraft, templateDraftKey } from './stored-draft.js';
export type { StoredDraftRead } from './stored-draft.js';
export {
  insertVariable,
  nextVariableName,
  unsampledVariables,
  variableNames,
  wrapSelection,
} from './text-edits.js';
export type { TextEdit } from './text-edits.js';
