/* The contact form: fields that only concern a person (under 18, organisations, attendance) are
   hidden while "Organisation" is chosen. Without this script they stay visible and the server
   ignores them for an organisation. */
(function () {
  'use strict';
  var radios = document.querySelectorAll('input[type=radio][name="contact:kind"]');
  if (!radios.length) {
    return;
  }
  function update() {
    var person = true;
    radios.forEach(function (r) {
      if (r.checked) {
        person = r.value === 'PERSON';
      }
    });
    document.querySelectorAll('[data-person-only]').forEach(function (el) {
      el.hidden = !person;
    });
  }
  radios.forEach(function (r) {
    r.addEventListener('change', update);
  });
  update();
}());
