import { define } from '../base/define.js';
import { HubImportNumber } from '../import-number/import-number.js';

define('hub-import-number', HubImportNumber);

declare global {
  interface HTMLElementTagNameMap {
    'hub-import-number': HubImportNumber;
  }
}
