// The material forms: only the chosen campaign's meetings are offered for ticking. Without this
// script every meeting is listed, and the server refuses a meeting of another campaign.
(function () {
  'use strict';
  var campaign = document.querySelector('select.material-campaign');
  var choices = document.querySelectorAll('.material-meetings [data-campaign]');
  if (!campaign || choices.length === 0) {
    return;
  }
  function show() {
    choices.forEach(function (label) {
      var mine = label.getAttribute('data-campaign') === campaign.value;
      label.hidden = !mine;
      if (!mine) {
        label.querySelector('input').checked = false;
      }
    });
  }
  campaign.addEventListener('change', show);
  show();
})();
