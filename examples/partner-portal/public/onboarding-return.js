// The page the Hub's onboarding sends the browser back to (the `redirect-url` the portal sets on
// the elements): it hands the result to the portal tab that opened the popup and closes, or, when
// the popup was blocked and the flow ran in this tab, returns to the page that started it.
import { finishOnboarding } from '/hub-elements.js';

finishOnboarding(window, location.origin);
