import { define } from '../base/define.js';
import { HubNumberList } from '../number-list/number-list.js';
// `manage="inline"` renders the details element, so the list brings its tag along.
import './hub-number-details.js';
// "Add number" and "Import from another BSP" open these flows in place.
import './hub-add-number.js';
import './hub-import-number.js';

define('hub-number-list', HubNumberList);

declare global {
  interface HTMLElementTagNameMap {
    'hub-number-list': HubNumberList;
  }
}
