import { define } from '../base/define.js';
import { HubNumberList } from '../number-list/number-list.js';
// `manage="inline"` renders the details element, so the list brings its tag along.
import './hub-number-details.js';

define('hub-number-list', HubNumberList);

declare global {
  interface HTMLElementTagNameMap {
    'hub-number-list': HubNumberList;
  }
}
