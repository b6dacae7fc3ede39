import { define } from '../base/define.js';
import { HubProvider } from '../provider/provider.js';

define('hub-provider', HubProvider);

declare global {
  interface HTMLElementTagNameMap {
    'hub-provider': HubProvider;
  }
}
