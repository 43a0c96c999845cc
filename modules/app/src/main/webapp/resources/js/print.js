// Print buttons on printable pages (no inline scripts: strict CSP).
document.querySelectorAll('[data-print]').forEach(function (b) {
  b.addEventListener('click', function () { window.print(); });
});
