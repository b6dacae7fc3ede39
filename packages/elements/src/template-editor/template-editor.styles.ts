import { css } from 'lit';

/** Styles of `<hub-template-editor>`: the form beside a sticky live preview. */
export const styles = css`
  :host {
    --_preview-width: var(--hub-template-editor-preview-width, 22rem);
    display: block;
    /* The layout follows the width the portal gives the editor, not the screen's. */
    container-type: inline-size;
  }
  .layout {
    display: grid;
    grid-template-columns: minmax(0, 1fr) var(--_preview-width);
    gap: calc(var(--_space) * 3);
    align-items: start;
  }
  .side {
    position: sticky;
    top: var(--_space);
  }
  @container (max-width: 48rem) {
    .layout {
      grid-template-columns: minmax(0, 1fr);
    }
    .side {
      position: static;
    }
  }
  .title,
  .side-title {
    margin: 0 0 var(--_space);
    font-size: 1.15em;
  }
  .side-title {
    font-size: 1em;
    color: var(--_text-muted);
  }
  form {
    display: grid;
    gap: calc(var(--_space) * 2);
  }
  fieldset.plain {
    display: grid;
    gap: calc(var(--_space) * 2);
    margin: 0;
    padding: 0;
    border: 0;
    min-inline-size: 0;
  }
  .basics {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(14rem, 1fr));
    gap: calc(var(--_space) * 1.5);
  }
  .group {
    display: grid;
    gap: var(--_space);
    margin: 0;
    padding: calc(var(--_space) * 1.5);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    min-inline-size: 0;
  }
  legend {
    padding: 0 calc(var(--_space) * 0.5);
    font-weight: 600;
  }
  .field {
    display: grid;
    gap: calc(var(--_space) * 0.5);
    align-content: start;
  }
  label {
    font-weight: 500;
  }
  input:not([type='checkbox']),
  select,
  textarea {
    inline-size: 100%;
  }
  input[readonly],
  textarea[readonly] {
    background: var(--_surface-raised);
  }
  textarea {
    resize: vertical;
    line-height: 1.4;
  }
  .hint,
  .muted {
    margin: 0;
    color: var(--_text-muted);
    font-size: 0.9em;
    font-weight: 400;
  }
  .check {
    display: flex;
    gap: var(--_space);
    align-items: center;
    font-weight: 400;
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 0.25);
  }
  .tool {
    min-block-size: 2em;
    padding: 0 var(--_space);
    border-color: var(--_border);
  }
  .issues {
    margin: 0;
    padding: 0;
    list-style: none;
    font-size: 0.9em;
  }
  .issue[data-severity='error'] {
    color: var(--_danger);
  }
  .issue[data-severity='warning'] {
    color: var(--_warning);
  }
  .summary {
    padding: calc(var(--_space) * 1.5);
    border: 1px solid var(--_danger);
    border-inline-start-width: 4px;
    border-radius: var(--_radius);
    background: color-mix(in srgb, var(--_danger) 6%, var(--_surface));
  }
  .summary-title {
    margin: 0 0 var(--_space);
    font-weight: 600;
  }
  .summary ul {
    margin: 0;
    padding-inline-start: 1.25rem;
  }
  .summary a {
    color: var(--_text);
  }
  .summary li[data-severity='warning'] {
    list-style-type: circle;
  }
  .samples {
    border-collapse: collapse;
    inline-size: 100%;
  }
  .samples th,
  .samples td {
    padding: calc(var(--_space) * 0.5);
    text-align: start;
    vertical-align: middle;
  }
  .samples th[scope='col'] {
    color: var(--_text-muted);
    font-size: 0.85em;
  }
  code {
    font-family: var(--_font-mono);
  }
  .button-list,
  .card-list {
    display: grid;
    gap: var(--_space);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .button-row {
    grid-template-columns: repeat(auto-fit, minmax(10rem, 1fr));
    align-items: end;
  }
  .row-actions,
  .add-row,
  .form-actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    align-items: center;
  }
  .form-actions,
  .end {
    justify-content: flex-end;
  }
  .note,
  .restore,
  .result {
    margin: 0 0 calc(var(--_space) * 2);
    padding: calc(var(--_space) * 1.5);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface-raised);
  }
  .restore p,
  .result p {
    margin: 0 0 var(--_space);
  }
  .submit-error {
    margin: 0;
    color: var(--_danger);
  }
`;
