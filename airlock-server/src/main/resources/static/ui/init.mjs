// Starts GOV.UK Frontend's components (skip link, error summary focus, notification banners,
// the service navigation's menu on small screens). Without JavaScript every page still works.
import { initAll } from '/govuk/govuk-frontend.min.js';

document.body.classList.add('js-enabled', 'govuk-frontend-supported');
initAll();
