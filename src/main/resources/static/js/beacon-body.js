// Runs first thing in <body>: lets GOV.UK Frontend's styles know that JavaScript is available.
// Kept out of the page itself because the Content-Security-Policy allows no inline script.
document.body.className += ' js-enabled' + ('noModule' in HTMLScriptElement.prototype ? ' govuk-frontend-supported' : '');
