// Runs before the page is drawn, so that components that JavaScript enhances do not flash.
document.body.className += ' js-enabled' + ('noModule' in HTMLScriptElement.prototype ? ' govuk-frontend-supported' : '');
