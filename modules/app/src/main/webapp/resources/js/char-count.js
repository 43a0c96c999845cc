// Keeps the character count under a text area current while typing (the social post draft).
// The count is rendered by the server too, so it is right without this script.
(function () {
  'use strict';
  var bengali = document.documentElement.lang === 'bn';
  function digits(n) {
    var s = String(n);
    return bengali ? s.replace(/[0-9]/g, function (d) { return String.fromCharCode(0x09E6 + Number(d)); }) : s;
  }
  document.querySelectorAll('.char-count').forEach(function (counter) {
    var field = counter.parentNode.querySelector('textarea');
    var value = counter.querySelector('.char-count-value');
    if (!field || !value) {
      return;
    }
    field.addEventListener('input', function () {
      value.textContent = digits(field.value.length);
    });
  });
})();
