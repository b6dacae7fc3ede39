import { define } from '../base/define.js';
import { HubNumberList } from '../number-list/number-list.js';

define('hub-number-list', HubNumberList);

// What the list opens in place (the details with `manage="inline"`, the add and import flows)
// registers from modules of its own, fetched as soon as the list is defined but not in its way:
// the list's first render does not wait for their code, and a bundler that splits code makes them
// a chunk of their own. An element rendered before its module arrives upgrades when it does.
void import('./hub-number-details.js');
void import('./hub-add-number.js');
void import('./hub-import-number.js');

declare global {
  interface HTMLElementTagNameMap {
    'hub-number-list': HubNumberList;
  }
}
